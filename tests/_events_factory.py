"""Hand-made articles and event mentions for the merge/table tests (no extraction needed)."""

from __future__ import annotations

import datetime as dt

from timeline.articles import Article
from timeline.events import EventMention, Figure
from timeline.pipeline import ArticleExtraction
from timeline.temporal.values import TimeMention


def D(s: str | None) -> dt.date | None:
    return None if s is None else dt.date.fromisoformat(s)


def mention(
    article: Article,
    clause: str,
    trigger: str,
    event_type: str,
    *,
    actors: tuple[str, ...] = (),
    when: tuple[str, str] | None = None,
    time_text: str | None = None,
    granularity: str = "day",
    link_rule: str | None = None,
    modality: str = "asserted",
    attribution: str | None = None,
    figures: tuple[tuple[str, int, str | None, str | None, str], ...] = (),
    sentence_index: int | None = None,
) -> EventMention:
    """An EventMention for `clause` (which must occur in article.text)."""
    text = article.text
    cs = text.index(clause)
    ce = cs + len(clause)
    ts = text.index(trigger, cs)
    time = None
    if time_text is not None:
        s = text.index(time_text, cs) if time_text in clause else text.index(time_text)
        e0, e1 = (D(when[0]), D(when[1])) if when else (None, None)
        time = TimeMention(s, s + len(time_text), time_text, "DATE", e0.isoformat() if e0 else "XXXX",
                           granularity=granularity, earliest=e0, latest=e1, rule="test")
    figs = tuple(
        Figure(kind, value, qual, claimant, ftext, text.index(ftext, cs), text.index(ftext, cs) + len(ftext))
        for kind, value, qual, claimant, ftext in figures
    )
    if sentence_index is None:  # sentences end with ". " in the hand-made texts
        sentence_index = text[:cs].count(". ")
    return EventMention(
        article_id=article.id,
        sentence_index=sentence_index,
        sentence_start=cs,
        sentence_end=ce,
        char_start=cs,
        char_end=ce,
        trigger=trigger,
        trigger_start=ts,
        trigger_end=ts + len(trigger),
        event_type=event_type,
        actors=actors,
        figures=figs,
        attribution=attribution,
        modality=modality,
        time=time,
        link_rule=link_rule or ("same_clause" if when else "undated"),
        earliest=D(when[0]) if when else None,
        latest=D(when[1]) if when else None,
        quote=clause,
    )


def extraction(article: Article, *mentions: EventMention) -> ArticleExtraction:
    return ArticleExtraction(article, [], list(mentions), [])
