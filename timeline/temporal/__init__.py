"""Temporal tagging: find time expressions in text and resolve them (TIMEX3).

``tag(text, reference)`` returns `TimeMention` records, sorted and
non-overlapping, with TIMEX3 type/value/mod and an honest earliest/latest
interval. See docs/dates.md for the rules.
"""

from __future__ import annotations

import datetime as _dt
import re

from timeline.errors import InputError, ReferenceDateError
from timeline.temporal.values import TimeMention

__all__ = ["tag", "TimeMention", "parse_reference"]

_ISO = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d\d:?\d\d)?)?\s*")


def parse_reference(reference: object) -> _dt.date | None:
    """A reference/publication date as a `datetime.date` (None stays None).

    Accepts a date, a datetime or an ISO 8601 string ("2024-07-14", "2024-07-14T09:30").
    """
    if reference is None:
        return None
    if isinstance(reference, _dt.datetime):
        return reference.date()
    if isinstance(reference, _dt.date):
        return reference
    if isinstance(reference, str):
        m = _ISO.fullmatch(reference)
        if m:
            try:
                return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                pass
        raise ReferenceDateError(
            f"cannot use {reference!r} as a reference date: pass a datetime.date, a datetime.datetime "
            "or an ISO 8601 string such as '2024-07-14' (relative words like 'yesterday' are refused, "
            "because they would tie the result to the day the code runs)"
        )
    raise ReferenceDateError(
        f"reference must be a datetime.date, a datetime.datetime, an ISO 8601 string or None, "
        f"not {type(reference).__name__}"
    )


def tag(text: str, reference: _dt.date | _dt.datetime | str | None = None, *, language: str = "en") -> list[TimeMention]:
    """Find the time expressions in ``text`` and resolve them against ``reference``.

    Args:
        text: the text to tag.
        reference: the publication date the text is written from (date, datetime or
            ISO string). Without it, relative expressions stay underspecified
            (``XXXX-XX-XX``) and are never resolved against the clock.
        language: the lexicon to use (``"en"``).

    Returns:
        `TimeMention` records sorted by start offset, non-overlapping.

    Raises:
        InputError: ``text`` is not a str, or the language has no lexicon.
        ReferenceDateError: ``reference`` is not a date or an ISO date string.
    """
    if not isinstance(text, str):
        raise InputError(f"text must be a str, not {type(text).__name__}")
    ref = parse_reference(reference)
    from timeline.temporal.tagger import tag_text

    return tag_text(text, ref, language)
