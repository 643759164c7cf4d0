"""Build a `Timeline` with Dask: extraction partition by partition, merging on the client.

Same tables as the in-process `timeline.build`; needs the extra ``timeline[dask]``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from timeline.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe

    from timeline.articles import Article, ReadProblem
    from timeline.frames import Timeline
    from timeline.pipeline import ArticleExtraction

__all__ = ["build", "extract_bag"]

_ID_COLUMNS = {"id", "article_id"}  # the column names timeline.read_articles takes as the article id


def _import_dask() -> Any:
    try:
        import dask
        import dask.bag
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise ImportError("timeline.parallel needs Dask: pip install 'timeline[dask]'") from exc
    return dask


def _is_dask_bag(obj: Any) -> bool:
    return type(obj).__module__.startswith("dask.bag") and hasattr(obj, "map_partitions")


def _is_dask_frame(obj: Any) -> bool:
    mod = type(obj).__module__
    return (mod.startswith("dask.dataframe") or mod.startswith("dask_expr")) and hasattr(obj, "to_delayed")


# -- worker side ------------------------------------------------------------------------------


def _extract_items(items: Iterable[Any], resources: Any, keep_text: bool) -> list[Any]:
    """One Bag partition: Article or dict items -> ArticleExtraction and ReadProblem results.

    Mirrors the in-process `build` on a list: an Article is extracted as it is; a dict is
    read with `read_articles([item])` first.
    """
    from timeline.articles import Article, ReadProblem, read_articles
    from timeline.pipeline import extract_article

    out: list[Any] = []
    for item in items:
        if isinstance(item, Article):
            arts: Iterable[Article] = [item]
            problems: list[ReadProblem] = []
        elif isinstance(item, dict):
            read = read_articles([item])
            arts, problems = list(read), list(read.problems)
        elif isinstance(item, ReadProblem):
            out.append(item)
            continue
        else:
            raise InputError(f"a Dask Bag of articles must hold Article or dict items, got {type(item).__name__}")
        for art in arts:
            ex = extract_article(art, resources)
            out.append(ex if keep_text else ex.compact())
        out.extend(problems)
    return out


def _extract_frame(pdf: Any, resources: Any, keep_text: bool) -> list[Any]:
    """One DataFrame partition: rows -> results for `_finish_frame`.

    Rows are read one by one (duplicates are handled on the client, across partitions).
    Yields ``("article", ArticleExtraction, text digest)``, ``("row", n, ReadProblem)`` for a
    problem of the partition's row n (relabelled with the frame's row number on the client),
    ``("problem", ReadProblem)`` and a last ``("rows", count)``.
    """
    from timeline.articles import _read_quietly, _text_digest
    from timeline.pipeline import extract_article

    out: list[Any] = []
    columns = [str(c) for c in pdf.columns]
    n = 0
    for n, values in enumerate(pdf.itertuples(index=False, name=None), 1):
        # undated articles: one warning, from the client; a worker thread must not change the
        # process's warning filters (`warnings.catch_warnings` is not thread-safe: restoring
        # them could undo the client's own filters or recorder mid-warning)
        read, _ = _read_quietly([dict(zip(columns, values, strict=True))])
        for art in read:
            ex = extract_article(art, resources)
            out.append(("article", ex if keep_text else ex.compact(), _text_digest(art.text)))
        for p in read.problems:
            out.append(("row", n, p) if p.source == "item 1" else ("problem", p))
    out.append(("rows", n))
    return out


# -- client side -------------------------------------------------------------------------------


def _rename(ex: ArticleExtraction, **changes: Any) -> ArticleExtraction:
    art = ex.article.replace(**changes)
    mentions = ex.event_mentions
    if "id" in changes:
        mentions = [dataclasses.replace(m, article_id=art.id) for m in mentions]
    return dataclasses.replace(ex, article=art, event_mentions=mentions)


def _finish_frame(results: Iterable[Any]) -> tuple[list[ArticleExtraction], list[ReadProblem]]:
    """Row labels, ids and duplicates across partitions, with the policy of `timeline.read_articles`."""
    from timeline.articles import ReadProblem, _Ledger, _warn_undated

    ledger = _Ledger()
    extractions: list[ArticleExtraction] = []
    problems: list[ReadProblem] = []
    offset = 0
    for item in results:
        tag = item[0]
        if tag == "rows":
            offset += item[1]
            continue
        if tag == "row":
            _, n, p = item
            problems.append(ReadProblem(f"DataFrame row {offset + n}", p.reason, p.kind))
            continue
        if tag == "problem":
            problems.append(item[1])
            continue
        _, ex, digest = item
        changes, later = ledger.admit(ex.article, digest)
        if changes:
            ex = _rename(ex, **changes)
        extractions.append(ex)
        # read_articles lists an article's own problems (no_date) after its duplicate problems
        problems.extend(later)
    _warn_undated([p.source for p in problems if p.kind == "no_date"], stacklevel=3)
    return extractions, problems


def _check_id_column(columns: Iterable[Any]) -> None:
    norm = {re.sub(r"[\s\-]+", "_", str(c).strip().lstrip("\ufeff").lower()) for c in columns}
    if not norm & _ID_COLUMNS:
        raise InputError(
            "a Dask DataFrame of articles needs an 'id' column, so that every article keeps one id "
            f"whatever the partitioning; columns are {sorted(map(str, columns))}"
        )


def extract_bag(
    articles: dask.bag.Bag, *, resources: Any = None, keep_text: bool = False
) -> dask.bag.Bag:
    """The lazy Bag of per-article results (ArticleExtraction, or ReadProblem for a bad item).

    Each partition is extracted where it lives; nothing is computed until you call
    ``.compute()`` (or pass the results to `timeline.pipeline.assemble`).
    """
    _import_dask()
    if not _is_dask_bag(articles):
        raise InputError(f"extract_bag() needs a dask.bag.Bag, got {type(articles).__name__}")
    return articles.map_partitions(_extract_items, resources, keep_text)


def build(
    articles: Any,
    *,
    threshold: float | None = None,
    resources: Any = None,
    npartitions: int | None = None,
    keep_text: bool = False,
    problems: Iterable[ReadProblem] = (),
    scheduler: str | None = None,
) -> Timeline:
    """Build a `Timeline` with Dask, extracting each partition of articles in parallel.

    Args:
        articles: a ``dask.bag.Bag`` of `Article` (or dict rows), a ``dask.dataframe.DataFrame``
            of article rows (columns as for `read_articles`, with an ``id`` column), or
            anything `timeline.build` takes (`Articles`, a list, a path, a pandas DataFrame),
            which is then split into `npartitions`.
        threshold: merge score two mentions need to become one event, as for `timeline.build`.
        resources: event-extraction resources, as for `timeline.build`.
        npartitions: partitions for a local input (default: about 4 per core, at most one per article).
        keep_text: bring article texts back to the client (``Timeline.articles`` with text);
            by default only the extracted mentions come back, as when `timeline.build` streams.
        problems: read problems to carry into ``Timeline.problems`` (those of `Articles` are taken
            automatically).
        scheduler: passed to ``dask.compute`` (default: the active client, else Dask's default).

    Bag items are handled as `timeline.build` handles a list (an Article as it is, a dict read
    alone); DataFrame rows as `timeline.build` handles a pandas DataFrame (repeated ids renamed,
    repeated texts marked ``duplicate_of``, across all partitions).
    """
    dask = _import_dask()
    from timeline.merge import MergePolicy
    from timeline.pipeline import assemble

    MergePolicy.default(threshold)  # check the threshold before any work
    carried = list(problems)
    compute_kw = {"scheduler": scheduler} if scheduler else {}

    if _is_dask_frame(articles):
        _check_id_column(articles.columns)
        parts = articles.to_delayed()
        tasks = [dask.delayed(_extract_frame)(p, resources, keep_text) for p in parts]
        results = dask.compute(*tasks, **compute_kw)
        extractions, read_problems = _finish_frame(r for part in results for r in part)
        return assemble(extractions, threshold=threshold, problems=carried + read_problems)

    if not _is_dask_bag(articles):
        articles = _to_bag(articles, npartitions, carried)
    results = extract_bag(articles, resources=resources, keep_text=keep_text).compute(**compute_kw)
    from timeline.articles import ReadProblem

    extractions = [r for r in results if not isinstance(r, ReadProblem)]
    carried += [r for r in results if isinstance(r, ReadProblem)]
    return assemble(extractions, threshold=threshold, problems=carried)


def _to_bag(source: Any, npartitions: int | None, problems: list[ReadProblem]) -> dask.bag.Bag:
    """A local source (Articles, list, path, pandas DataFrame) as a Bag of Articles."""
    import os

    import dask.bag as db

    from timeline.articles import Article, Articles, read_articles

    if isinstance(source, Articles):
        items: list[Any] = list(source)
        problems.extend(source.problems)
    elif isinstance(source, Article):
        items = [source]
    elif isinstance(source, (str, os.PathLike)) or type(source).__name__ == "DataFrame":
        arts = read_articles(source)
        items = list(arts)
        problems.extend(arts.problems)
    elif isinstance(source, (bytes, dict)) or not isinstance(source, Iterable):
        raise InputError(
            "timeline.parallel.build() takes a Dask Bag or DataFrame, Articles, a list of Article/dicts, "
            f"a path or a pandas DataFrame; got {type(source).__name__}"
        )
    else:
        items = list(source)
    if not items:
        return db.from_sequence([], npartitions=1)
    n = npartitions or min(len(items), 4 * (os.cpu_count() or 1))
    return db.from_sequence(items, npartitions=max(1, n))
