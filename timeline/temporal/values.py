"""The record of one time expression found in a text: `TimeMention`.

It carries the TIMEX3 view (type, value, mod) that TimeML tools expect and the
analyst's view (an honest earliest/latest interval, a granularity), plus
provenance: character offsets, the rule that fired and what it was anchored to.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["TimeMention", "TIMEX_TYPES", "TIMEX_MODS"]

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
TIMEX_MODS = (
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
    "START",
    "MID",
    "END",
    "APPROX",
)


@dataclass(frozen=True, slots=True)
class TimeMention:
    """One temporal expression, found at ``text[start:end]`` and resolved.

    Attributes:
        start, end: character offsets into the tagged text (``text[start:end] == self.text``).
        text: the expression as written.
        type: TIMEX3 type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``.
        value: TIMEX3 value, e.g. ``2024-07-13``, ``2024-05``, ``2023-W41``, ``P6W``,
            ``PXM``, ``PRESENT_REF``, ``2024-07-13TEV``; ``X`` digits where unknown.
        mod: TIMEX3 mod (``APPROX``, ``START``, ``MID``, ``END``, ``BEFORE``...) or None.
        granularity: the unit the value is precise to (``day``, ``week``, ``month``,
            ``quarter``, ``season``, ``year``, ``decade``, ``century``, ``hour``, ``minute``,
            ``part_of_day``; the unit for durations; ``ref`` for PRESENT/PAST/FUTURE_REF).
        earliest, latest: inclusive bounds (days) of what the expression can mean,
            widened by approximation and bounds; for a duration anchored to a time ("two days
            later"), where it lands; None when it cannot be placed in time (other durations,
            sets, unresolved expressions).
        rule: the name of the rule that produced the mention.
        anchor: what it was resolved against (``"reference:2024-05-05"``), None if absolute.
        tense: tense/modality of the clause used for resolution: ``past``, ``present``,
            ``future`` or None.
        quant, freq: TIMEX3 attributes of SETs (``EVERY``, ``1W``...).
        note: why something could not be resolved, where that happened.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    granularity: str | None = None
    earliest: _dt.date | None = None
    latest: _dt.date | None = None
    rule: str = ""
    anchor: str | None = None
    tense: str | None = None
    quant: str | None = None
    freq: str | None = None
    note: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def resolved(self) -> bool:
        """True when the expression could be placed on the calendar (it has an interval): a
        resolved DATE/TIME, or a DURATION anchored to one ("two days later")."""
        return self.earliest is not None and self.latest is not None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly dict (dates as ISO strings)."""
        d = asdict(self)
        for k in ("earliest", "latest"):
            if d[k] is not None:
                d[k] = d[k].isoformat()
        if not d["extra"]:
            d.pop("extra")
        return d
