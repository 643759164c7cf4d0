"""Arguments, errors, determinism and the invariants of every mention."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline.errors import InputError, ReferenceDateError


def test_reference_forms_agree():
    text = "He left on Sunday."
    a = timeline.tag(text, "2024-05-07")
    b = timeline.tag(text, dt.date(2024, 5, 7))
    c = timeline.tag(text, dt.datetime(2024, 5, 7, 15, 30))
    d = timeline.tag(text, "2024-05-07T15:30:00Z")
    assert a == b == c == d
    assert a[0].value == "2024-05-05" and a[0].anchor == "reference:2024-05-07"


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["a list"]])
def test_text_must_be_str(bad):
    with pytest.raises(InputError, match="str"):
        timeline.tag(bad, "2024-05-07")


@pytest.mark.parametrize("bad", ["yesterday", "2024-13-45", "July 2024", "", 20240507, 3.5])
def test_bad_reference(bad):
    with pytest.raises(ReferenceDateError, match="ISO|date"):
        timeline.tag("On Sunday.", bad)


def test_reference_error_says_what_to_pass():
    with pytest.raises(ReferenceDateError) as exc:
        timeline.tag("x", "yesterday")
    assert "2024-07-14" in str(exc.value) and "datetime.date" in str(exc.value)


def test_unknown_language():
    with pytest.raises(InputError, match="lexicon"):
        timeline.tag("today", "2024-05-07", language="xx")


def test_sorted_non_overlapping_and_serialisable():
    text = "On Sunday, July 14, 2024, talks that began in May broke down; a six-week truce is now off."
    ms = timeline.tag(text, "2024-07-14")
    assert [m.start for m in ms] == sorted(m.start for m in ms)
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:]))
    d = ms[0].to_dict()
    assert d["earliest"] == "2024-07-14" and d["rule"]


def test_deterministic():
    text = "Talks resume next Tuesday; last year prices fell about 20% in the third quarter."
    assert [m.to_dict() for m in timeline.tag(text, "2024-07-14")] == [
        m.to_dict() for m in timeline.tag(text, "2024-07-14")
    ]


_WORDS = st.sampled_from(
    "on in at the a last next this early late mid- about nearly more than Sunday Friday May March October "
    "July 14 7 2024 1998 1990s yesterday today tonight week weeks month months year years ago later earlier "
    "quarter third-quarter six-week 40-day decades daily each every now recently , . - / : 9 a.m. p.m. "
    "2,000 92 dead 1,195 fiscal spring fall since until between and to".split()
    # session 8's rules: restated UTC clocks, elapsed units, fronted phrases, quotes, stories
    + ["midnight", "noon", "(2200 GMT)", "(0148 GMT)", "(3:05 UTC)", "hours", "days", "after", "before", "starting",
       "that", "said", "would", "when", "had", "was due to", '"', "Wednesday, Nov. 22", "the next day", "the weekend",
       "the night", "the early hours", "7/7", "9/11", "set", "as", "with", "published"]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(_WORDS, st.text(max_size=6)), max_size=25).map(" ".join),
    st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))),
)
def test_properties(text, ref):
    for m in timeline.tag(text, ref):
        assert text[m.start : m.end] == m.text
        assert m.type in ("DATE", "TIME", "DURATION", "SET")
        if m.earliest is not None and m.latest is not None:
            assert m.earliest <= m.latest
        if ref is None:
            assert not (m.anchor or "").startswith("reference")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.one_of(_WORDS, st.text(max_size=6)), max_size=25).map(" ".join),
    st.sampled_from([dt.date(1, 1, 1), dt.date(1, 1, 2), dt.date(9999, 12, 30), dt.date(9999, 12, 31)]),
)
def test_calendar_edges_never_crash(text, ref):
    """At the ends of the calendar a day a rule counts to may not exist: a value stays
    underspecified or the mention is dropped, never an exception."""
    for m in timeline.tag(text, ref):
        assert text[m.start : m.end] == m.text
