"""The Dask path (timeline.parallel) gives the same tables as the in-process timeline.build."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("dask.distributed")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

import timeline  # noqa: E402
from timeline.errors import InputError  # noqa: E402
from timeline.parallel import build as dask_build  # noqa: E402
from timeline.parallel import extract_bag  # noqa: E402


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        with Client(cluster) as c:
            yield c


def _same(a: timeline.Timeline, b: timeline.Timeline) -> None:
    pd.testing.assert_frame_equal(a.events, b.events)
    pd.testing.assert_frame_equal(a.mentions, b.mentions)
    pd.testing.assert_frame_equal(a.conflicts, b.conflicts)


def test_import_timeline_does_not_load_dask() -> None:
    code = "import sys, timeline; timeline.TimelineError; print('dask' in sys.modules, 'timeline.parallel' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_seeds_bag_matches_in_process(client, seeds_dir: Path) -> None:
    articles = timeline.read_articles(seeds_dir)
    local = timeline.build(articles)
    assert len(local.events) > 0
    bag = db.from_sequence(list(articles), npartitions=3)
    remote = dask_build(bag, problems=articles.problems)
    _same(local, remote)
    assert [p.kind for p in remote.problems] == [p.kind for p in local.problems]
    # a local source is split into partitions for us
    _same(local, dask_build(articles, npartitions=2))


def test_extract_bag_is_lazy_and_complete(client, seeds_dir: Path) -> None:
    from timeline.pipeline import ArticleExtraction, assemble

    articles = timeline.read_articles(seeds_dir)
    bag = extract_bag(db.from_sequence(list(articles), npartitions=2))
    results = bag.compute()
    assert all(isinstance(r, ArticleExtraction) for r in results)
    assert [r.article.id for r in results] == [a.id for a in articles]
    assert all(r.article.text == "" for r in results)  # compact: texts stay on the workers
    # results travel between processes on a real cluster: they must pickle losslessly
    import pickle

    again = pickle.loads(pickle.dumps(results))
    assert [r.event_mentions for r in again] == [r.event_mentions for r in results]
    _same(assemble(results, problems=articles.problems), timeline.build(articles))


@pytest.mark.shared_data
def test_silver_sample_dataframe_matches_in_process(client, tempeval_dir: Path) -> None:
    from timeline.timeml import read_timeml

    files = sorted((tempeval_dir / "silver").glob("*.tml"))[:50]
    docs = [read_timeml(f) for f in files]
    rows = [dict(id=d.doc_id, text=d.text, published=d.dct.isoformat()) for d in docs]
    rows.append(dict(rows[3], id="copy-of-3"))  # a duplicate text in another partition
    rows.append(dict(rows[10], text=rows[10]["text"] + "\nMore."))  # a repeated id
    pdf = pd.DataFrame(rows)
    local = timeline.build(pdf)
    remote = dask_build(dd.from_pandas(pdf, npartitions=4))
    _same(local, remote)
    kinds = sorted(p.kind for p in remote.problems)
    assert kinds == sorted(p.kind for p in local.problems)
    assert "duplicate" in kinds and "duplicate_id" in kinds
    assert len(local.events) > 50


def test_dataframe_needs_id_and_bag_items_are_checked(client) -> None:
    ddf = dd.from_pandas(pd.DataFrame({"text": ["On May 5, 2024 talks began."]}), npartitions=1)
    with pytest.raises(InputError, match="'id' column"):
        dask_build(ddf)
    with pytest.raises(InputError):
        dask_build(42)
    with pytest.raises(InputError):
        extract_bag([1, 2])  # type: ignore[arg-type]
    with pytest.raises(InputError, match="Article or dict"):
        dask_build(db.from_sequence([1, 2], npartitions=1))


def test_dict_items_and_empty_input(client) -> None:
    rows = [dict(id="a", text="Talks resumed on May 5, 2024 in Cairo.", published="2024-05-07"),
            dict(id="b", text="   ", published="2024-05-07")]
    local = timeline.build(rows)
    remote = dask_build(db.from_sequence(rows, npartitions=2))
    _same(local, remote)
    assert [p.kind for p in remote.problems] == ["empty"]
    assert len(dask_build([]).events) == 0


def test_frame_ids_duplicates_and_row_labels_across_partitions(client, monkeypatch: pytest.MonkeyPatch) -> None:
    """Duplicate handling spans partitions exactly as read_articles does on the whole frame."""
    import timeline.pipeline as pipeline

    def fake_extract(article, resources=None):  # the extraction itself is not under test here
        return pipeline.ArticleExtraction(article, [], [], [] if article.reference else [pipeline._NO_DATE])

    monkeypatch.setattr(pipeline, "extract_article", fake_extract)
    body = "one two three four five six seven eight nine"
    rows = [
        dict(id="a", text=f"A {body}", published="2024-01-01"),
        dict(id="b", text=f"a {body}!", published="2024-01-02"),  # same text as a (case, punctuation)
        dict(id="a", text="another text", published=None),  # repeated id, undated
        dict(id="c", text="  ", published="2024-01-03"),  # empty
        dict(id="d", text="z", published="not a date"),
        dict(id="a", text="third a", published="2024-01-04"),
    ]
    pdf = pd.DataFrame(rows)
    with pytest.warns(timeline.errors.TimelineWarning):
        local = timeline.build(pdf)
    for n in (1, 2, 3, 6):
        with pytest.warns(timeline.errors.TimelineWarning, match="2 article"):
            remote = dask_build(dd.from_pandas(pdf, npartitions=n))
        assert [(a.id, a.duplicate_of) for a in remote.articles] == [(a.id, a.duplicate_of) for a in local.articles]
        assert [str(p) for p in remote.problems] == [str(p) for p in local.problems]
    assert [a.id for a in local.articles] == ["a", "b", "a~2", "d", "a~3"]
