"""The end-to-end pipeline: articles -> time mentions -> event mentions -> merged `Timeline`.

`extract_article` does the per-article work (tagging and event extraction) and
returns a small picklable `ArticleExtraction`; `assemble` merges extractions into a
`Timeline`; `build` does both, one article at a time, from any supported source.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.errors import InputError, TimelineError

if TYPE_CHECKING:  # pragma: no cover
    from timeline.articles import Article, ReadProblem
    from timeline.events import EventMention
    from timeline.frames import Timeline
    from timeline.temporal.values import TimeMention

__all__ = ["ArticleExtraction", "extract_article", "assemble", "build"]

_NO_DATE = "no publication date: kept; its relative time expressions stay unresolved"


@dataclass
class ArticleExtraction:
    """What one article yields: its time mentions, its event mentions, and warnings.

    `clauses`/`sentences` hold, for each event mention, the clause and sentence text, so
    the article text itself can be dropped (`compact`) when a corpus is streamed.
    """

    article: Article
    time_mentions: list[TimeMention]
    event_mentions: list[EventMention]
    warnings: list[str] = field(default_factory=list)
    clauses: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        text = self.article.text
        if not self.clauses:
            self.clauses = [text[m.char_start : m.char_end] for m in self.event_mentions]
        if not self.sentences:
            self.sentences = [text[m.sentence_start : m.sentence_end] for m in self.event_mentions]

    def compact(self) -> ArticleExtraction:
        """A copy without the article text (offsets, clauses and quotes are kept)."""
        if not self.article.text:
            return self
        return dataclasses.replace(self, article=self.article.replace(text=""))


def extract_article(article: Article, resources: Any = None) -> ArticleExtraction:
    """Tag the time expressions of `article` and extract its event mentions.

    A tagging failure does not stop a corpus: it is recorded in ``warnings`` and the
    article's events are then extracted without time expressions.
    """
    from timeline.articles import Article
    from timeline.events import extract_event_mentions
    from timeline.temporal import tag

    if not isinstance(article, Article):
        raise InputError(f"extract_article() needs a timeline.Article, got {type(article).__name__}")
    warnings: list[str] = []
    ref = article.reference
    if ref is None:
        warnings.append(_NO_DATE)
    try:
        times = tag(article.text, ref, language=article.language or "en")
    except TimelineError as exc:
        warnings.append(f"time expressions not tagged: {exc}")
        times = []
    events = extract_event_mentions(article, times, resources)
    return ArticleExtraction(article, list(times), list(events), warnings)


def _problem(source: str, reason: str, kind: str) -> ReadProblem:
    from timeline.articles import ReadProblem

    return ReadProblem(source, reason, kind)


def _where(article: Article) -> str:
    return article.path or f"article {article.id}"


def _ts(d: _dt.date | None) -> Any:
    return None if d is None else _dt.datetime(d.year, d.month, d.day)


def assemble(
    extractions: Iterable[ArticleExtraction],
    *,
    threshold: float | None = None,
    problems: Iterable[ReadProblem] = (),
) -> Timeline:
    """Merge the event mentions of `extractions` into a `Timeline`.

    `threshold` (0..1) is the merge score two mentions need to become one event (default
    in ``resources/merge.toml``; see docs/events.md). `problems` are carried into
    ``Timeline.problems``; article warnings (no publication date...) are added to them.
    """
    from timeline.frames import Timeline
    from timeline.merge import MentionRecord, MergePolicy, merge_mentions

    policy = MergePolicy.default(threshold)
    problems = list(problems)
    known = {(p.source, p.kind) for p in problems}
    articles: list[Article] = []
    records: list[MentionRecord] = []
    for ex in extractions:
        if not isinstance(ex, ArticleExtraction):
            raise InputError(f"assemble() needs ArticleExtraction items, got {type(ex).__name__}")
        art = ex.article
        articles.append(art)
        for w in ex.warnings:
            kind = "no_date" if w == _NO_DATE else "extraction"
            if kind == "no_date" and any((s, "no_date") in known for s in (_where(art), art.id, f"article {art.id}")):
                continue
            problems.append(_problem(_where(art), w, kind))
            known.add((_where(art), kind))
        for m, clause, sentence in zip(ex.event_mentions, ex.clauses, ex.sentences, strict=True):
            records.append(
                MentionRecord(
                    index=len(records),
                    mention=m,
                    article_id=art.id,
                    source_id=art.duplicate_of or art.id,
                    outlet=art.outlet,
                    published=art.reference,
                    clause=clause,
                    sentence=sentence,
                )
            )
    events = merge_mentions(records, policy)
    for r in records:
        if r.after_publication:
            m = r.mention
            problems.append(
                _problem(
                    f"article {r.article_id}",
                    f"'{m.trigger}' (sentence {m.sentence_index}) dated {m.earliest} by "
                    f"{m.time.text if m.time is not None else m.link_rule!r}, after the article's publication "
                    f"({r.published}) though told as past: that date was not used for merging",
                    "date_after_publication",
                )
            )
    events.sort(
        key=lambda e: (
            e.start is None,
            e.start or _dt.date.max,
            e.end or _dt.date.max,
            e.members[0].published or _dt.date.max,
            e.members[0].article_id,
            e.members[0].mention.char_start,
        )
    )
    event_rows, mention_rows, conflict_rows = [], [], []
    for n, e in enumerate(events, 1):
        eid = f"E{n:04d}"
        event_rows.append(
            {
                "event_id": eid,
                "start": _ts(e.start),
                "end": _ts(e.end),
                "date": e.date,
                "precision": e.precision,
                "title": e.title,
                "event_type": e.event_type,
                "actors": e.actors,
                "figures": e.figures,
                "status": e.status,
                "n_sources": e.n_sources,
                "sources": e.sources,
                "confidence": e.confidence,
                "outlets": e.outlets,
                "date_text": e.date_text,
                "quote": e.quote,
            }
        )
        for r in sorted(e.members, key=lambda r: (r.article_id, r.mention.char_start, r.index)):
            m = r.mention
            mention_rows.append(
                {
                    "event_id": eid,
                    "article_id": r.article_id,
                    "outlet": r.outlet,
                    "published": _ts(r.published),
                    "sentence_index": m.sentence_index,
                    "char_start": m.char_start,
                    "char_end": m.char_end,
                    "quote": " ".join((m.quote or r.sentence).split()),
                    "trigger": m.trigger,
                    "time_text": m.time.text if m.time is not None else None,
                    "time_value": m.time.value if m.time is not None else None,
                    "time_start": _ts(m.earliest),
                    "time_end": _ts(m.latest),
                    "link_rule": m.link_rule,
                    "modality": m.modality,
                    "attribution": m.attribution,
                }
            )
        for c in e.conflicts:
            conflict_rows.append({"event_id": eid, **c})
    return Timeline.from_rows(event_rows, mention_rows, conflict_rows, articles=articles, problems=problems)


def _items(source: Any) -> tuple[Iterable[Any], list[ReadProblem], bool, int | None]:
    """(items, read problems, stream?, total) for any source `build` accepts."""
    from timeline.articles import Article, Articles, iter_articles, read_articles

    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if not path.exists():
            raise InputError(f"build(): {path} does not exist; give a folder of articles, a .jsonl/.csv file or Articles")
        return iter_articles(path), [], True, None
    if isinstance(source, Articles):
        return list(source), list(source.problems), False, len(source)
    if isinstance(source, Article):
        return [source], [], False, 1
    if type(source).__name__ == "DataFrame":
        arts = read_articles(source)
        return list(arts), list(arts.problems), False, len(arts)
    if isinstance(source, (bytes, dict)) or not isinstance(source, Iterable):
        raise InputError(
            f"build() takes Articles, a list or iterator of Article, a path or a DataFrame; got {type(source).__name__}"
        )
    total = len(source) if hasattr(source, "__len__") else None
    return source, [], not isinstance(source, (list, tuple)), total


def _articles(items: Iterable[Any], problems: list[ReadProblem]) -> Iterator[Article]:
    from timeline.articles import Article, ReadProblem, read_articles

    for item in items:
        if isinstance(item, Article):
            yield item
        elif isinstance(item, ReadProblem):
            problems.append(item)
        elif isinstance(item, dict):
            arts = read_articles([item])
            problems.extend(arts.problems)
            yield from arts
        else:
            raise InputError(f"build(): expected Article items, got {type(item).__name__}: {item!r:.80}")


def build(
    articles: Any,
    *,
    threshold: float | None = None,
    resources: Any = None,
    progress: bool = False,
) -> Timeline:
    """Build a `Timeline` from articles.

    Args:
        articles: `Articles` (from `read_articles`), a list or iterator of `Article`, a path
            (folder, .jsonl, .csv: read one article at a time) or a pandas DataFrame.
        threshold: merge score (0..1) two mentions need to become one event; higher keeps
            more events apart. Default: ``resources/merge.toml``.
        resources: event-extraction resources passed to `extract_event_mentions`.
        progress: show a tqdm progress bar on stderr.

    Read problems are carried into ``Timeline.problems``; an article without a
    publication date is kept, its relative times unresolved, and recorded there.
    When articles are streamed (a path or an iterator) only their extracted mentions are
    kept, not their texts.
    """
    from timeline.merge import MergePolicy

    MergePolicy.default(threshold)  # check the threshold before reading anything
    items, problems, stream, total = _items(articles)
    iterator: Iterable[Article] = _articles(items, problems)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(iterator, total=total, unit="article", file=sys.stderr, desc="timeline build")
        iterator = bar
    extractions: list[ArticleExtraction] = []
    try:
        for art in iterator:
            try:
                ex = extract_article(art, resources)
            except TimelineError:
                raise
            except Exception as exc:  # one bad article must not stop a corpus: keep it, record why
                reason = f"extraction failed ({type(exc).__name__}: {exc}); the article is kept without events"
                problems.append(_problem(_where(art), reason, "extraction_failed"))
                ex = ArticleExtraction(art, [], [], [])
            extractions.append(ex.compact() if stream else ex)
    finally:
        if bar is not None:
            bar.close()
    return assemble(extractions, threshold=threshold, problems=problems)
