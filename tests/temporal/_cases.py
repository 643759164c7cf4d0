"""Helpers for the rule tables: each case is (text, reference, span, type, value, mod, earliest, latest)."""

from __future__ import annotations

import datetime as dt

import timeline

ANY = object()


def find(text: str, reference, span: str):
    """The mention whose text is ``span`` (fails listing what was found otherwise)."""
    mentions = timeline.tag(text, reference)
    for m in mentions:
        assert text[m.start : m.end] == m.text
        if m.text == span:
            return m
    raise AssertionError(f"{span!r} not found in {text!r}; got {[(m.text, m.value) for m in mentions]}")


def check(case: tuple) -> None:
    text, ref, span, type_, value, *rest = case
    mod = rest[0] if len(rest) > 0 else ANY
    earliest = rest[1] if len(rest) > 1 else ANY
    latest = rest[2] if len(rest) > 2 else ANY
    m = find(text, ref, span)
    assert (m.type, m.value) == (type_, value), (text, m)
    if mod is not ANY:
        assert m.mod == mod, (text, m)
    if earliest is not ANY:
        assert m.earliest == (dt.date.fromisoformat(earliest) if earliest else None), (text, m)
    if latest is not ANY:
        assert m.latest == (dt.date.fromisoformat(latest) if latest else None), (text, m)


def ids(cases: list[tuple]) -> list[str]:
    return [f"{c[2]}@{c[1]}" for c in cases]
