"""Event mentions: what a clause says happened, who did it, and which time dates it.

This module holds the records shared by the event stages (`EventMention`, `Figure`);
the extraction itself (triggers, actors, figures, modality, time linking) lives here
too. Every record keeps character offsets into its article's text.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from timeline.temporal.values import TimeMention

__all__ = ["EventMention", "Figure"]


@dataclass(frozen=True, slots=True)
class Figure:
    """A number stated about an event: "at least 92 killed, according to Hamas"."""

    kind: str  # killed, wounded, hostages, prisoners, displaced, ...
    value: int
    qualifier: str | None  # "at least", "more than", "nearly", "about", or None
    claimant: str | None  # who gives the number ("Hamas", "the Health Ministry"), if stated
    text: str  # the words as written
    start: int  # offsets into the article text
    end: int


@dataclass(frozen=True, slots=True)
class EventMention:
    """One statement, in one clause of one article, that something happened (or will).

    Offsets (`char_start`/`char_end`: the clause; `trigger_start`/`trigger_end`: the
    trigger word; `sentence_start`/`sentence_end`) index the article's text.
    `time` is the TimeMention that dates the event (offsets also into the article text),
    `link_rule` says which rule tied it (``same_clause``, ``reporting_clause``,
    ``paragraph_time``, ``publication_date``, ``undated``...), and `earliest`/`latest` is
    the resulting window (None when undated).
    """

    article_id: str
    sentence_index: int
    sentence_start: int
    sentence_end: int
    char_start: int
    char_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    event_type: str
    actors: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    attribution: str | None = None
    modality: str = "asserted"  # asserted, reported, claimed, denied, planned, hypothetical
    time: TimeMention | None = None
    link_rule: str = "undated"
    earliest: _dt.date | None = None
    latest: _dt.date | None = None
    quote: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
