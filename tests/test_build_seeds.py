"""Acceptance on the five seed articles: the event table an analyst would sign.

Each key event of the May–July 2024 ceasefire talks is found by date, type words and
actor, and must be told by every article that tells it; then the events and mentions
tables are guarded by dataframe_regression.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import timeline
from timeline.merge import MergePolicy

S000, S001, S002, S003, S004 = (
    "000_f923b6012288ed4e",
    "001_1492e9cfcb1ea70b",
    "002_1351f14096d2f1e1",
    "003_01f7d1bb75bbb616",
    "004_7e4318ce6a1598bc",
)


@pytest.fixture(scope="module")
def tl(seeds_dir):
    return timeline.build(timeline.read_articles(seeds_dir))


def _find(tl, day: str, words: tuple[str, ...], actor: str | None = None) -> pd.DataFrame:
    """Events dated `day` (a day window) whose type, trigger or title has one of `words`
    and, if given, whose actors name `actor`."""
    ev, m = tl.events, tl.mentions
    d = pd.Timestamp(day)
    triggers = m.groupby("event_id")["trigger"].agg(lambda xs: " ".join(xs).lower())
    rows = []
    for r in ev.itertuples(index=False):
        if r.start != d or r.end != d:
            continue
        hay = f"{r.event_type} {r.title} {triggers.get(r.event_id, '')}".lower()
        if not any(w in hay for w in words):
            continue
        if actor is not None and not any(actor.lower() in a.lower() for a in r.actors):
            continue
        rows.append(r._asdict())
    return pd.DataFrame(rows)


def _one(tl, day, words, actor=None) -> dict:
    found = _find(tl, day, words, actor)
    assert len(found) == 1, f"expected one event on {day} ({words}, {actor}), found:\n{found}"
    return found.iloc[0].to_dict()


def test_october_7_attack_told_by_four_articles(tl):
    ev = _one(tl, "2023-10-07", ("attack", "massacre", "assault"), "Hamas")
    assert set(ev["sources"]) >= {S000, S001, S002, S003}
    assert ev["n_sources"] >= 4
    assert ev["date"] == "7 Oct 2023" and ev["precision"] == "day"


def test_cairo_talks_and_delegation_leaving_on_5_may(tl):
    talks = _one(tl, "2024-05-05", ("talks", "negotiat"))
    assert S003 in talks["sources"]
    left = _one(tl, "2024-05-05", ("left", "leave", "depart"), "Hamas")
    assert S003 in left["sources"]
    assert talks["event_id"] != left["event_id"]


def test_planned_return_on_7_may(tl):
    ev = _one(tl, "2024-05-07", ("return",))
    assert ev["status"] == "planned"
    assert ev["sources"] == [S003]


def test_rafah_strike_on_26_may(tl):
    ev = _one(tl, "2024-05-26", ("attack", "strike", "launch"))
    assert S004 in ev["sources"]


def test_hamas_statement_on_30_may(tl):
    ev = _one(tl, "2024-05-30", ("stat", "said", "say"), "Hamas")
    assert S004 in ev["sources"]


def test_biden_address_on_2_june(tl):
    ev = _one(tl, "2024-06-02", ("address", "said", "speech", "stat"), "Biden")
    assert S004 in ev["sources"]


def test_al_mawasi_strike_told_by_three_articles_one_undated(tl):
    ev = _one(tl, "2024-07-13", ("strike", "bomb", "attack", "raid"), "Israel")
    assert set(ev["sources"]) >= {S000, S001, S002}
    assert ev["n_sources"] >= 3
    # 001 never dates the strike: its mentions joined undated
    own = tl.mentions[(tl.mentions["event_id"] == ev["event_id"]) & (tl.mentions["article_id"] == S001)]
    assert len(own) >= 1
    assert own["time_text"].isna().all() and (own["link_rule"] == "undated").all()
    assert ev["date"] == "13 Jul 2024"


def test_hamas_withdrawal_on_14_july_told_by_three_articles(tl):
    ev = _one(tl, "2024-07-14", ("withdr", "pull", "halt"), "Hamas")
    assert set(ev["sources"]) >= {S000, S001, S002}


def test_disagreements_are_recorded(tl):
    c = tl.conflicts
    assert len(c) >= 1
    killed = c[c["field"] == "figures.killed"]
    assert len(killed) >= 2
    assert all(len(s) >= 1 for s in killed["sources"])


def test_no_sentence_yields_two_events_for_one_happening(tl):
    # two events of one type family, same window, sharing an actor, are one happening told twice
    pol = MergePolicy.default()
    ev = tl.events.dropna(subset=["start"])
    seen: dict[tuple, list[set[str]]] = {}
    for r in ev.itertuples(index=False):
        key = (pol.family(r.event_type), r.start, r.end)
        actors = {a.lower() for a in r.actors}
        for other in seen.get(key, []):
            assert not (actors & other), f"duplicate event: {r.title!r} on {r.date}"
        seen.setdefault(key, []).append(actors)


def test_every_date_has_a_recorded_rule(tl):
    m = tl.mentions
    dated = m[m["time_start"].notna()]
    assert dated["link_rule"].notna().all()
    assert not dated["link_rule"].isin(["", "undated"]).any()
    assert (m.loc[m["time_text"].notna(), "link_rule"] != "").all()


def test_every_mention_quotes_its_article(tl, seeds_dir):
    texts = {a.id: a.text for a in timeline.read_articles(seeds_dir)}
    for r in tl.mentions.itertuples(index=False):
        clause = texts[r.article_id][r.char_start : r.char_end]
        assert clause.strip() and r.trigger in clause


def test_build_is_deterministic(tl, seeds_dir):
    again = timeline.build(seeds_dir)  # streamed from the path this time
    assert again.events.to_json(date_format="iso") == tl.events.to_json(date_format="iso")


def _flat(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for c in out.columns:
        if str(out[c].dtype).startswith("datetime"):
            out[c] = out[c].dt.strftime("%Y-%m-%d").fillna("")
        elif out[c].dtype == object or str(out[c].dtype) in ("str", "string"):
            out[c] = out[c].map(
                lambda v: "; ".join(
                    ",".join(f"{k}={x}" for k, x in i.items()) if isinstance(i, dict) else str(i) for i in v
                )
                if isinstance(v, list)
                else ("" if v is None else str(v))
            ).astype(object)
    return out


def test_events_table_regression(tl, dataframe_regression):
    dataframe_regression.check(_flat(tl.events))


def test_mentions_table_regression(tl, dataframe_regression):
    dataframe_regression.check(_flat(tl.mentions))


def test_conflicts_table_regression(tl, dataframe_regression):
    dataframe_regression.check(_flat(tl.conflicts))


def test_seed_dates_are_those_of_the_manifest(tl):
    assert {a.id: a.reference for a in tl.articles} == {
        S000: dt.date(2024, 7, 14),
        S001: dt.date(2024, 7, 14),
        S002: dt.date(2024, 7, 14),
        S003: dt.date(2024, 5, 5),
        S004: dt.date(2024, 6, 5),
    }


@pytest.mark.shared_data
def test_tbaq_corpus_builds_and_merges_the_embassy_bombings(tempeval_dir):
    # 256 news articles (TimeBank + AQUAINT) with their creation dates: a real corpus, end to end
    from timeline.articles import Article
    from timeline.timeml import read_timeml_dir

    docs = read_timeml_dir(tempeval_dir / "tbaq")
    tl = timeline.build([Article(d.doc_id, d.text, published=d.dct) for d in docs])
    assert len(tl.articles) == len(docs) and len(tl.events) > 100
    bombing = _find(tl, "1998-08-07", ("bomb", "attack", "explosion"))
    assert len(bombing) >= 1
    biggest = bombing.sort_values("n_sources").iloc[-1]
    assert biggest["n_sources"] >= 10  # the Nairobi and Dar es Salaam embassy bombings, told by many wires
    assert (tl.events["n_sources"] <= 25).all()  # no runaway cluster


def test_a_boycott_told_three_times_by_one_article_is_one_event(tl):
    # 004: a planned headline ("Hamas to boycott ..."), an asserted lead, a reported sentence
    m = tl.mentions[(tl.mentions["article_id"] == S004) & tl.mentions["trigger"].isin(["boycott", "withdrew"])]
    assert sorted(m["sentence_index"]) == [0, 2, 3]
    assert m["event_id"].nunique() == 1
    ev = tl.events.set_index("event_id").loc[m["event_id"].iloc[0]]
    assert ev["status"] == "asserted" and ev["sources"] == [S004]
    assert set(m["modality"]) == {"planned", "asserted", "reported"}


def test_the_offensive_is_one_event_across_three_articles(tl):
    m = tl.mentions
    off = m[m["trigger"].str.lower().str.contains("offensive")]
    told = off[off["modality"] != "hypothetical"]
    assert set(told["article_id"]) >= {S001, S003, S004}
    assert told["event_id"].nunique() == 1
    ev = tl.events.set_index("event_id").loc[told["event_id"].iloc[0]]
    assert ev["event_type"] == "offensive" and "Israel" in ev["actors"] and ev["date"] != "undated"


def test_the_breakdowns_of_the_talks_stay_three_events(tl):
    # 5 May (Cairo, delegation leaves), the boycott after 26 May (004), 14 Jul (withdrawal)
    m = tl.mentions
    boycott = m[(m["article_id"] == S004) & (m["trigger"] == "boycott")]["event_id"].iloc[0]
    left = _one(tl, "2024-05-05", ("left", "leave", "depart"), "Hamas")["event_id"]
    july = _one(tl, "2024-07-14", ("withdr", "pull", "halt"), "Hamas")["event_id"]
    assert len({boycott, left, july}) == 3
    strikes = {_one(tl, "2024-05-26", ("attack", "strike"))["event_id"],
               _one(tl, "2024-07-13", ("strike", "bomb"), "Israel")["event_id"],
               _one(tl, "2023-10-07", ("attack",), "Hamas")["event_id"]}
    assert len(strikes) == 3
