"""Merging event mentions across articles: scoring rules, constraints, conflicts, determinism."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests._events_factory import extraction, mention
from timeline.articles import Article
from timeline.errors import InputError
from timeline.merge import MergePolicy, describe_window
from timeline.pipeline import assemble

A = Article(
    "a",
    "Israeli strikes killed 92 Palestinians in the al-Mawasi camp near Khan Younis on Saturday, according to "
    "Hamas. Hamas decided on Sunday, July 14, to withdraw from negotiations on a ceasefire. The announcement "
    "follows the attack on the Al-Mawasi camp. Hamas said Deif was killed.",
    published="2024-07-14",
    outlet="Outlet A",
)
B = Article(
    "b",
    "The conflict saw an escalation when Israel's massive bombing of the Al-Mawasi camp near Khan Younis killed 92 "
    "Palestinians and targeted Hamas military leader Mohammed Deif. Hamas has withdrawn from ceasefire negotiations "
    "with Israel.",
    published="2024-07-14",
)
C = Article(
    "c",
    "The Health Ministry said at least 92 people had been killed in a strike on the Al-Mawasi camp on July 13. "
    "Hamas was withdrawing from ceasefire negotiations. An official said Deif was alive.",
    published="2024-07-14",
)
D = Article("d", B.text, published="2024-07-14", duplicate_of="b")


def _strike_a():
    return mention(
        A,
        "Israeli strikes killed 92 Palestinians in the al-Mawasi camp near Khan Younis on Saturday, according to Hamas",
        "strikes",
        "strike",
        actors=("Israel",),
        when=("2024-07-13", "2024-07-13"),
        time_text="Saturday",
        attribution="Hamas",
        figures=(("killed", 92, None, "Hamas", "92"),),
    )


def _strike_b(art=B):
    return mention(
        art,
        "Israel's massive bombing of the Al-Mawasi camp near Khan Younis killed 92 Palestinians and targeted Hamas "
        "military leader Mohammed Deif",
        "bombing",
        "strike",
        actors=("Israel", "Mohammed Deif"),
        figures=(("killed", 92, None, None, "92"),),
    )


def _strike_c(when=("2024-07-13", "2024-07-13"), time_text="July 13"):
    return mention(
        C,
        "The Health Ministry said at least 92 people had been killed in a strike on the Al-Mawasi camp on July 13",
        "strike",
        "strike",
        actors=("Israel",),
        when=when,
        time_text=time_text,
        attribution="The Health Ministry",
        figures=(("killed", 92, "at least", "The Health Ministry", "at least 92"),),
    )


def _withdraw_a():
    return mention(
        A,
        "Hamas decided on Sunday, July 14, to withdraw from negotiations on a ceasefire",
        "withdraw",
        "withdrawal",
        actors=("Hamas",),
        when=("2024-07-14", "2024-07-14"),
        time_text="Sunday, July 14",
    )


def _withdraw_b(art=B):
    return mention(
        art,
        "Hamas has withdrawn from ceasefire negotiations with Israel",
        "withdrawn",
        "withdrawal",
        actors=("Hamas",),
    )


def _withdraw_c():
    return mention(C, "Hamas was withdrawing from ceasefire negotiations", "withdrawing", "withdrawal", actors=("Hamas",))


def _corpus():
    return [
        extraction(A, _strike_a(), _withdraw_a()),
        extraction(B, _strike_b(), _withdraw_b()),
        extraction(C, _strike_c(), _withdraw_c()),
    ]


def _event_of(tl, article_id, trigger):
    m = tl.mentions
    row = m[(m["article_id"] == article_id) & (m["trigger"] == trigger)]
    assert len(row) == 1
    return row["event_id"].iloc[0]


def test_same_event_across_articles_becomes_one_row_with_every_source():
    tl = assemble(_corpus())
    assert len(tl.events) == 2
    strike = tl.events[tl.events["event_type"] == "strike"].iloc[0]
    assert strike["sources"] == ["a", "b", "c"]
    assert strike["n_sources"] == 3
    assert strike["date"] == "13 Jul 2024"
    assert strike["precision"] == "day"
    withdrawal = tl.events[tl.events["event_type"] == "withdrawal"].iloc[0]
    assert withdrawal["sources"] == ["a", "b", "c"] and withdrawal["date"] == "14 Jul 2024"


def test_undated_mention_joins_dated_event_when_everything_else_agrees():
    tl = assemble([extraction(A, _strike_a()), extraction(B, _strike_b())])
    assert len(tl.events) == 1
    assert tl.events["start"].iloc[0] == dt.datetime(2024, 7, 13)
    rules = dict(zip(tl.mentions["article_id"], tl.mentions["link_rule"], strict=True))
    assert rules == {"a": "same_clause", "b": "undated"}


def test_undated_mention_with_other_actors_and_words_stays_apart():
    other = mention(
        C, "An official said Deif was alive", "alive", "strike", actors=("Hamas official",), attribution="An official"
    )
    tl = assemble([extraction(A, _strike_a()), extraction(C, other)])
    assert len(tl.events) == 2


def test_different_types_never_merge():
    m = mention(A, "The announcement follows the attack on the Al-Mawasi camp", "announcement", "statement")
    tl = assemble([extraction(A, _strike_a(), m)])
    assert len(tl.events) == 2


def test_dates_apart_never_merge_even_with_identical_wording():
    early = _strike_c(when=("2024-07-10", "2024-07-10"), time_text="July 13")
    tl = assemble([extraction(A, _strike_a()), extraction(C, early)])
    assert len(tl.events) == 2
    assert list(tl.events["date"]) == ["10 Jul 2024", "13 Jul 2024"]


def test_dates_a_day_apart_merge_only_as_a_recorded_conflict():
    clause = "Israeli strikes killed 92 Palestinians in the al-Mawasi camp near Khan Younis on Sunday"
    e = Article("e", clause + ".", published="2024-07-15")
    near = mention(e, clause, "strikes", "strike", actors=("Israel",), when=("2024-07-14", "2024-07-14"),
                   time_text="Sunday", figures=(("killed", 92, None, None, "92"),))
    tl = assemble([extraction(A, _strike_a()), extraction(e, near)])
    assert len(tl.events) == 1
    dates = tl.conflicts[tl.conflicts["field"] == "date"]
    assert list(dates["value"]) == ["13 Jul 2024", "14 Jul 2024"]
    assert list(dates["sources"]) == [["a"], ["e"]]
    # the window most sources give wins; on a tie, the earlier one
    assert tl.events["date"].iloc[0] == "13 Jul 2024"
    agreeing = assemble([extraction(A, _strike_a()), extraction(C, _strike_c())]).events
    assert len(agreeing) == 1 and tl.events["confidence"].iloc[0] < agreeing["confidence"].iloc[0]
    # with wording that only half agrees, a day apart stays apart
    loose = assemble([extraction(A, _strike_a()), extraction(C, _strike_c(when=("2024-07-14", "2024-07-14")))])
    assert len(loose.events) == 2


def test_nested_windows_refine_the_date_without_conflict():
    month = _strike_c(when=("2024-07-01", "2024-07-31"), time_text="July 13")
    tl = assemble([extraction(A, _strike_a()), extraction(C, month)])
    assert len(tl.events) == 1
    assert tl.events["date"].iloc[0] == "13 Jul 2024"
    assert not (tl.conflicts["field"] == "date").any()


def test_weakly_dated_mention_is_treated_as_undated_but_bounded():
    # dated by the publication date only: cannot pull the event to 14 July
    weak = mention(
        B,
        "Hamas has withdrawn from ceasefire negotiations with Israel",
        "withdrawn",
        "withdrawal",
        actors=("Hamas",),
        when=("2024-07-14", "2024-07-14"),
        time_text="Hamas",
        link_rule="publication_date",
    )
    tl = assemble([extraction(A, _withdraw_a()), extraction(B, weak)])
    assert len(tl.events) == 1
    assert tl.events["date"].iloc[0] == "14 Jul 2024"


def test_two_mentions_in_one_article_can_merge():
    again = mention(
        A,
        "The announcement follows the attack on the Al-Mawasi camp",
        "attack",
        "attack",
        actors=("Israel",),
    )
    tl = assemble([extraction(A, _strike_a(), again)])
    assert len(tl.events) == 1
    assert tl.events["n_sources"].iloc[0] == 1
    assert len(tl.mentions) == 2


def test_duplicate_articles_count_once():
    tl = assemble(
        [extraction(A, _strike_a()), extraction(B, _strike_b()), extraction(D, _strike_b(D))]
    )
    ev = tl.events.iloc[0]
    assert ev["sources"] == ["a", "b", "d"]
    assert ev["n_sources"] == 2


def test_figure_disagreements_are_kept_with_claimants():
    tl = assemble(_corpus())
    eid = _event_of(tl, "a", "strikes")
    figs = tl.conflicts[(tl.conflicts["event_id"] == eid) & (tl.conflicts["field"] == "figures.killed")]
    assert list(figs["value"]) == ["92", "at least 92"]
    assert list(figs["claimants"]) == [["Hamas"], ["The Health Ministry"]]
    ev = tl.events.set_index("event_id").loc[eid]
    assert {(f["value"], f["qualifier"], f["article_id"]) for f in ev["figures"]} == {
        (92, None, "a"),
        (92, None, "b"),
        (92, "at least", "c"),
    }


def test_contradicting_claims_are_conflicts():
    killed = mention(A, "Hamas said Deif was killed", "killed", "killing", actors=("Deif",), modality="claimed",
                     attribution="Hamas", when=("2024-07-13", "2024-07-13"), time_text="Saturday")
    alive = mention(C, "An official said Deif was alive", "Deif", "killing", actors=("Deif",), modality="denied",
                    attribution="An official")
    tl = assemble([extraction(A, killed), extraction(C, alive)], threshold=0.3)
    assert len(tl.events) == 1
    claims = tl.conflicts[tl.conflicts["field"] == "claim"]
    assert [v.split(":")[0] for v in claims["value"]] == ["claimed", "denied"]
    assert tl.events["status"].iloc[0] == "claimed"


@pytest.mark.parametrize(
    ("modalities", "status"),
    [
        (("planned", "planned"), "planned"),
        (("planned", "asserted"), "asserted"),
        (("reported", "claimed"), "reported"),
        (("denied",), "denied"),
    ],
)
def test_status_from_modalities(modalities, status):
    ms = [
        mention(A, "Hamas decided on Sunday, July 14, to withdraw from negotiations on a ceasefire", "withdraw",
                "withdrawal", actors=("Hamas",), when=("2024-07-14", "2024-07-14"), time_text="Sunday, July 14",
                modality=mod, sentence_index=k)
        for k, mod in enumerate(modalities)
    ]
    tl = assemble([extraction(A, *ms)])
    assert len(tl.events) == 1
    assert tl.events["status"].iloc[0] == status


def test_threshold_controls_merging():
    loose = assemble(_corpus(), threshold=0.3)
    strict = assemble(_corpus(), threshold=0.99)
    assert len(loose.events) == 2
    assert len(strict.events) == 6


@pytest.mark.parametrize("bad", [-0.1, 1.5, "high", None.__class__])
def test_bad_threshold_is_an_input_error(bad):
    with pytest.raises(InputError, match="threshold"):
        assemble(_corpus(), threshold=bad)


def test_merging_is_deterministic_whatever_the_input_order():
    base = assemble(_corpus())
    for seed in range(3):
        exs = _corpus()
        random.Random(seed).shuffle(exs)
        for ex in exs:
            ex.event_mentions.reverse()
            ex.clauses.reverse()
            ex.sentences.reverse()
        again = assemble(exs)
        assert again.events.drop(columns=["event_id"]).to_json(date_format="iso") == base.events.drop(
            columns=["event_id"]
        ).to_json(date_format="iso")


def test_pairs_are_blocked_by_type_and_window(monkeypatch):
    import timeline.merge as merge

    calls = []
    real = merge.pair_score
    monkeypatch.setattr(merge, "pair_score", lambda a, b, p: calls.append(1) or real(a, b, p))
    # 40 strikes on 40 different days, 40 talks on the same days: only same-type, near-day pairs are scored
    text = " ".join(f"Strike number {i} hit camp {i}. Talks number {i} took place." for i in range(40))
    art = Article("x", text, published="2024-12-31")
    ms = []
    for i in range(40):
        day = (dt.date(2024, 1, 1) + dt.timedelta(days=3 * i)).isoformat()
        ms.append(mention(art, f"Strike number {i} hit camp {i}", "Strike", "strike", when=(day, day),
                          time_text=f"number {i} ", sentence_index=2 * i))
        ms.append(mention(art, f"Talks number {i} took place", "Talks", "talks", when=(day, day),
                          time_text=f"number {i} ", sentence_index=2 * i + 1))
    tl = assemble([extraction(art, *ms)])
    assert len(tl.events) == 80
    assert len(calls) == 0  # three days apart, beyond the one-day tolerance: never compared


@pytest.mark.parametrize(
    ("start", "end", "shown", "precision"),
    [
        ("2024-07-13", "2024-07-13", "13 Jul 2024", "day"),
        ("2024-05-01", "2024-05-31", "May 2024", "month"),
        ("2024-01-01", "2024-12-31", "2024", "year"),
        ("2024-04-01", "2024-06-30", "Q2 2024", "quarter"),
        ("2024-05-06", "2024-05-12", "week of 6 May 2024", "week"),
        ("2023-09-20", "2023-10-20", "≈ Oct 2023", "month"),
        ("2024-07-12", "2024-07-14", "≈ 13 Jul 2024", "week"),
        (None, None, "undated", "unknown"),
    ],
)
def test_describe_window(start, end, shown, precision):
    d = dt.date.fromisoformat
    assert describe_window(start and d(start), end and d(end)) == (shown, precision)


def test_describe_window_approx_is_honest():
    d = dt.date(2023, 10, 7)
    assert describe_window(d, d, approx=True)[0].startswith("≈")


@settings(max_examples=200, deadline=None)
@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)), st.integers(0, 5000))
def test_describe_window_never_fails_and_stays_short(start, length):
    shown, precision = describe_window(start, start + dt.timedelta(days=length))
    assert precision in {"day", "week", "month", "quarter", "season", "year", "decade"}
    assert 4 <= len(shown) <= 20, shown


def test_title_is_built_from_the_best_mention():
    tl = assemble(_corpus())
    titles = dict(zip(tl.events["event_type"], tl.events["title"], strict=True))
    assert titles["strike"] == "Israeli strikes killed 92 Palestinians in the al-Mawasi camp"
    assert titles["withdrawal"] == "Hamas decided to withdraw from negotiations on a ceasefire" or titles[
        "withdrawal"
    ].startswith("Hamas")
    assert "July" not in titles["withdrawal"]  # the time expression is not part of the headline


def test_policy_reads_its_resources():
    p = MergePolicy.default()
    assert abs(sum(w for _, w in p.weights) - 1.0) < 1e-9
    assert p.family("airstrike") == p.family("strike")
    assert p.type_score("strike", "strike") == 1.0
    assert p.type_score("strike", "talks") == 0.0


def test_a_past_event_dated_after_publication_is_merged_as_undated_and_recorded():
    wrong = _strike_c(when=("2024-10-07", "2024-10-07"), time_text="July 13")
    tl = assemble([extraction(A, _strike_a()), extraction(C, wrong)])
    assert len(tl.events) == 1
    assert tl.events["date"].iloc[0] == "13 Jul 2024"
    assert [p.kind for p in tl.problems] == ["date_after_publication"]
    assert "2024-10-07" in tl.problems[0].reason
    planned = _strike_c(when=("2024-10-07", "2024-10-07"), time_text="July 13")
    planned = type(planned)(**{**{f: getattr(planned, f) for f in planned.__slots__}, "modality": "planned"})
    tl = assemble([extraction(A, _strike_a()), extraction(C, planned)])
    assert len(tl.events) == 2 and not tl.problems


def test_two_mentions_of_one_sentence_never_merge():
    # the extractor split the sentence into two events: merging must not undo it
    s = "Israel launched the offensive after Hamas attacked southern Israel on October 7"
    art = Article("s", s + ".", published="2024-05-05")
    offensive = mention(art, "Israel launched the offensive", "offensive", "attack", actors=("Israel",))
    attacked = mention(art, "Hamas attacked southern Israel on October 7", "attacked", "attack", actors=("Hamas",),
                       when=("2023-10-07", "2023-10-07"), time_text="October 7")
    assert offensive.sentence_index == attacked.sentence_index
    assert len(assemble([extraction(art, offensive, attacked)], threshold=0.0).events) == 2


def test_definite_back_reference_joins_the_event_just_told():
    art = Article(
        "r",
        "Israel's massive bombing of the Al-Mawasi camp targeted Mohammed Deif on July 13. "
        "Officials said the attack resulted in 92 deaths. Another attack hit Rafah.",
        published="2024-07-14",
    )
    bombing = mention(art, "Israel's massive bombing of the Al-Mawasi camp targeted Mohammed Deif on July 13",
                      "bombing", "strike", actors=("Israel",), when=("2024-07-13", "2024-07-13"), time_text="July 13")
    back = mention(art, "the attack resulted in 92 deaths", "attack", "attack",
                   figures=(("killed", 92, None, None, "92"),))
    other = mention(art, "Another attack hit Rafah", "attack", "attack")
    tl = assemble([extraction(art, bombing, back, other)])
    assert len(tl.events) == 2  # "another attack" is no back-reference
    first = tl.events.iloc[0]
    assert first["date"] == "13 Jul 2024" and len(tl.mentions[tl.mentions["event_id"] == first["event_id"]]) == 2
    assert first["figures"][0]["value"] == 92


def test_undated_group_attaches_to_the_dated_event_that_contains_what_it_says():
    # 'b' says nothing 'a' and 'c' do not already say between them: it joins their event
    tl = assemble([extraction(A, _strike_a()), extraction(B, _strike_b()), extraction(C, _strike_c())])
    assert tl.events["sources"].iloc[0] == ["a", "b", "c"]



_WORDS = ["strike", "camp", "Rafah", "Al-Mawasi", "talks", "Cairo", "withdraw", "Hamas", "Israel", "killed", "delegation"]
_TYPES = ["strike", "attack", "talks", "withdrawal", "statement"]


@st.composite
def _mentions(draw):
    n = draw(st.integers(1, 12))
    clauses = [" ".join(draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=6))) + f" n{i}" for i in range(n)]
    text = ". ".join(clauses) + "."
    art = Article(draw(st.sampled_from(["p", "q", "r"])), text, published="2024-07-14")
    ms = []
    for i, clause in enumerate(clauses):
        day = draw(st.one_of(st.none(), st.integers(1, 14)))
        when = None if day is None else (f"2024-07-{day:02d}", f"2024-07-{day:02d}")
        ms.append(
            mention(
                art, clause, clause.split()[0], draw(st.sampled_from(_TYPES)),
                actors=tuple(draw(st.lists(st.sampled_from(["Hamas", "Israel", "Egypt"]), max_size=2, unique=True))),
                when=when, time_text=clause.split()[-1] if when else None,
                modality=draw(st.sampled_from(["asserted", "reported", "planned", "denied"])),
                sentence_index=i,
            )
        )
    return art, ms


@settings(max_examples=60, deadline=None)
@given(st.lists(_mentions(), min_size=1, max_size=3), st.floats(0.0, 1.0), st.randoms(use_true_random=False))
def test_assemble_invariants(corpus, threshold, rnd):
    seen: set[str] = set()
    exs = []
    for art, ms in corpus:
        if art.id in seen:
            continue
        seen.add(art.id)
        exs.append(extraction(art, *ms))
    tl = assemble(exs, threshold=threshold)
    n_mentions = sum(len(ex.event_mentions) for ex in exs)
    assert len(tl.mentions) == n_mentions  # every mention kept, in exactly one event
    assert set(tl.mentions["event_id"]) == set(tl.events["event_id"])
    ev = tl.events
    assert (ev["n_sources"] <= ev["sources"].map(len)).all() and (ev["n_sources"] >= 1).all()
    assert ev["confidence"].between(0, 1).all()
    dated = ev.dropna(subset=["start"])
    assert (dated["start"] <= dated["end"]).all()
    keys = list(zip(dated["start"], dated["end"], strict=True))
    assert keys == sorted(keys)
    # windows inside one event never lie more than the tolerance apart
    m = tl.mentions.merge(ev[["event_id", "start", "end"]], on="event_id")
    strong = m[m["link_rule"] == "same_clause"]
    assert ((strong["time_end"] - strong["start"]).dt.days >= -1).all()
    assert ((strong["end"] - strong["time_start"]).dt.days >= -1).all()
    # any input order gives the same table
    shuffled = []
    for ex in rnd.sample(exs, len(exs)):
        order = rnd.sample(range(len(ex.event_mentions)), len(ex.event_mentions))
        shuffled.append(extraction(ex.article, *[ex.event_mentions[k] for k in order]))
    again = assemble(shuffled, threshold=threshold)
    assert again.events.drop(columns=["event_id"]).to_json(date_format="iso") == ev.drop(
        columns=["event_id"]
    ).to_json(date_format="iso")


def test_order_hints_keep_an_undated_mention_off_earlier_events():
    # "Hamas withdrew ... after the attack of May 26": not before 26 May, so not the 14 May talks exit
    art = Article("h", "Hamas withdrew from the ceasefire talks with Israel. Hamas withdrew from ceasefire talks.",
                  published="2024-06-05")
    dated = mention(art, "Hamas withdrew from ceasefire talks", "withdrew", "withdrawal", actors=("Hamas",),
                    when=("2024-05-14", "2024-05-14"), time_text="ceasefire")
    hinted = mention(art, "Hamas withdrew from the ceasefire talks with Israel", "withdrew", "withdrawal",
                     actors=("Hamas",))
    hinted = type(hinted)(**{**{f: getattr(hinted, f) for f in hinted.__slots__}, "extra": {"not_before": "2024-05-26"}})
    assert len(assemble([extraction(art, dated, hinted)], threshold=0.0).events) == 2
    plain = type(hinted)(**{**{f: getattr(hinted, f) for f in hinted.__slots__}, "extra": {}})
    assert len(assemble([extraction(art, dated, plain)], threshold=0.0).events) == 1


def test_a_wider_window_around_disagreeing_days_is_no_conflict_row():
    clause = "Israeli strikes killed 92 Palestinians in the al-Mawasi camp near Khan Younis"
    arts = [Article(x, clause + " " + w + ".", published="2024-07-20") for x, w in
            (("d1", "on July 13"), ("d2", "on July 14"), ("d3", "in July"))]
    spans = {"d1": ("2024-07-13", "2024-07-13"), "d2": ("2024-07-14", "2024-07-14"), "d3": ("2024-07-01", "2024-07-31")}
    exs = [extraction(a, mention(a, a.text[:-1], "strikes", "strike", actors=("Israel",), when=spans[a.id],
                                 time_text=a.text.split(" ", 12)[-1][:-1], figures=(("killed", 92, None, None, "92"),)))
           for a in arts]
    tl = assemble(exs)
    assert len(tl.events) == 1
    assert tl.conflicts[tl.conflicts["field"] == "date"]["value"].tolist() == ["13 Jul 2024", "14 Jul 2024"]


def test_titles_keep_abbreviations():
    art = Article("u", "Two bombs exploded outside U.S. embassies in Kenya and Tanzania on Friday.", published="1998-08-08")
    m = mention(art, "Two bombs exploded outside U.S. embassies in Kenya and Tanzania on Friday", "exploded", "attack",
                when=("1998-08-07", "1998-08-07"), time_text="Friday")
    assert assemble([extraction(art, m)]).events["title"].iloc[0] == "Two bombs exploded outside U.S. embassies in Kenya and Tanzania"


def _title_of(text: str, clause: str, trigger: str, event_type: str = "statement", **kw) -> str:
    art = Article("t", text, published="2024-05-10")
    return assemble([extraction(art, mention(art, clause, trigger, event_type, **kw))]).events["title"].iloc[0]


@pytest.mark.parametrize(
    ("text", "clause", "trigger", "kw", "expected"),
    [
        # a subjectless predicate loses its auxiliaries ...
        ("The area had been declared a safe zone by the army.", "had been declared a safe zone by the army",
         "declared", {}, "Declared a safe zone by the army"),
        # ... unless the actor leads, or a negation must stay
        ("Sources said Hamas “is ready to resume talks”.", "Hamas “is ready to resume talks", "talks",
         {"actors": ("Hamas",)}, "Hamas is ready to resume talks"),
        ("There are those in Israel who will not agree with this plan.", "those in Israel who will not agree with this plan",
         "agree", {"actors": ("Joe Biden",)}, "Those in Israel will not agree with this plan"),
        # "that" opens a fresh clause; a pronoun subject gives way to the actor
        ("Hamas made it clear that it is ready to agree to a deal.", "that it is ready to agree to a deal", "agree",
         {"actors": ("Hamas",)}, "Hamas is ready to agree to a deal"),
        ("Amid signs that Israel is preparing to attack Rafah.", "signs that Israel is preparing to attack Rafah", "attack",
         {"actors": ("Israel",)}, "Israel is preparing to attack Rafah"),
        # a name is not cut in the middle
        ("The United Nations Office for the Coordination of Humanitarian Affairs said on Friday that aid fell.",
         "The United Nations Office for the Coordination of Humanitarian Affairs said", "said", {},
         "The United Nations Office for the Coordination of Humanitarian Affairs said"),
        # "killed" with no subject: the toll is the subject; thousands keep their separators
        ("At least 34,683 people, mostly women, have been killed and 78,018 injured in the war.",
         "At least 34,683 people, mostly women, have been killed and 78,018 injured in the war", "killed",
         {"event_type": "casualties", "figures": (("killed", 34683, "at least", None, "34,683"),)},
         "At least 34,683 killed and 78,018 injured in the war"),
        # ... but not an active "killed", nor a word that only looks like one
        ("Witnesses said troops killed 25 Palestinians in Gaza.", "troops killed 25 Palestinians in Gaza", "killed",
         {"event_type": "attack", "figures": (("killed", 25, None, None, "25"),)}, "Troops killed 25 Palestinians in Gaza"),
        # a relative clause closed before the trigger is left out
        ("A man who is 40 was killed in the blast.", "A man who is 40 was killed in the blast", "killed",
         {"event_type": "casualties"}, "A man was killed in the blast"),
        # a negated passive keeps its negation, and no toll is made its subject
        ("The hostages were safe and had also not been killed in the raid, 5 guards said.",
         "had also not been killed in the raid, 5 guards said", "killed",
         {"event_type": "casualties", "figures": (("killed", 5, None, None, "5"),)},
         "Had also not been killed in the raid"),
        # a negated predicate gets no guessed actor
        ("The army stayed and did not withdraw from the city.", "did not withdraw from the city", "withdraw",
         {"event_type": "withdrawal", "actors": ("Hamas",)}, "Did not withdraw from the city"),
    ],
)
def test_title_rules(text, clause, trigger, kw, expected):
    kw = dict(kw)
    assert _title_of(text, clause, trigger, kw.pop("event_type", "statement"), **kw) == expected


def test_different_speakers_never_make_one_statement():
    art = Article("sp", "Hamas said the talks failed on Sunday. Israel said the talks failed on Sunday.",
                  published="2024-05-06")
    one = mention(art, "Hamas said the talks failed on Sunday", "said", "statement", actors=("Hamas",),
                  when=("2024-05-05", "2024-05-05"), time_text="Sunday")
    two = mention(art, "Israel said the talks failed on Sunday", "said", "statement", actors=("Israel",),
                  when=("2024-05-05", "2024-05-05"), time_text="Sunday")
    assert len(assemble([extraction(art, one, two)], threshold=0.0).events) == 2


def test_two_equal_days_agree_more_than_two_equal_quarters():
    p = MergePolicy.default()
    assert p.same_window(1) == 1.0 > p.same_window(92) > p.same_window(3650)


def test_a_speakerless_statement_does_not_chain_two_speakers():
    art = Article("ch", "The government condemned the bombing of the embassies on Friday. Iran condemned the bombing of "
                  "the embassies. Cuba condemned the bombing of the embassies.", published="1998-08-09")
    dated = mention(art, "The government condemned the bombing of the embassies on Friday", "condemned", "accusation",
                    when=("1998-08-07", "1998-08-07"), time_text="Friday")
    iran = mention(art, "Iran condemned the bombing of the embassies", "condemned", "accusation", actors=("Iran",))
    cuba = mention(art, "Cuba condemned the bombing of the embassies", "condemned", "accusation", actors=("Cuba",))
    tl = assemble([extraction(art, dated, iran, cuba)], threshold=0.0)
    assert len(tl.events) >= 2
    assert all(len(set(a) & {"Iran", "Cuba"}) < 2 for a in tl.events["actors"])


def test_a_bare_statement_title_quotes_what_was_said():
    art = Article("q", '"We will not accept to be part of this policy," Hamas stated on May 30.', published="2024-06-05")
    m = mention(art, 'Hamas stated on May 30', "stated", "statement", actors=("Hamas",),
                when=("2024-05-30", "2024-05-30"), time_text="May 30")
    m = type(m)(**{**{f: getattr(m, f) for f in m.__slots__}, "sentence_start": 0, "sentence_end": len(art.text) - 1})
    title = assemble([extraction(art, m)]).events["title"].iloc[0]
    assert title == "Hamas stated: “We will not accept to be part of…”"


# --------------------------------------------------------------------------- article-level rules

_BOYCOTT = Article(
    "bo",
    "Union to boycott wage talks as long as the ministry cuts pay\n"
    "The union has decided to boycott wage talks with the ministry. "
    "According to reports, the union withdrew its participation in the wage talks. "
    "The guild would boycott wage talks too. "
    "The union could boycott wage talks again.",
    published="2024-06-05",
)


def _boycott(clause, trigger, modality, k, actors=("Union",)):
    return mention(_BOYCOTT, clause, trigger, "withdrawal", actors=actors, modality=modality, sentence_index=k)


def _boycott_head():
    return _boycott("Union to boycott wage talks as long as the ministry cuts pay", "boycott", "planned", 0)


def _boycott_body():
    return (
        _boycott("The union has decided to boycott wage talks with the ministry", "boycott", "asserted", 1,
                 actors=("Union", "Ministry")),
        _boycott("the union withdrew its participation in the wage talks", "withdrew", "reported", 2),
    )


def test_a_planned_headline_and_its_undated_retellings_are_one_event():
    tl = assemble([extraction(_BOYCOTT, _boycott_head(), *_boycott_body())])
    assert len(tl.events) == 1
    ev = tl.events.iloc[0]
    assert ev["status"] == "asserted"  # the body asserts what the headline announces
    m = tl.mentions
    assert list(m["sentence_index"]) == [0, 1, 2]
    assert list(m["modality"]) == ["planned", "asserted", "reported"]
    assert (m["char_end"] > m["char_start"]).all() and m["quote"].str.len().gt(0).all()


def test_the_headline_rule_needs_the_headline_actor_and_a_told_or_planned_body():
    other = _boycott("The guild would boycott wage talks too", "boycott", "planned", 3, actors=("Guild",))
    maybe = _boycott("The union could boycott wage talks again", "boycott", "hypothetical", 4)
    tl = assemble([extraction(_BOYCOTT, _boycott_head(), other, maybe)])
    assert len(tl.events) == 3


def test_without_a_headline_undated_retellings_keep_the_undated_margin():
    # the same three mentions, the first line now a sentence (full stop): no headline anchors them
    art = Article("nh", _BOYCOTT.text.replace("cuts pay\n", "cuts pay.\n"), published="2024-06-05")
    clause = "Union to boycott wage talks as long as the ministry cuts pay"
    first = mention(art, clause, "boycott", "withdrawal", actors=("Union",), modality="planned", sentence_index=0)
    first = type(first)(**{**{f: getattr(first, f) for f in first.__slots__}, "sentence_end": first.char_end + 1})
    body = [type(b)(**{**{f: getattr(b, f) for f in b.__slots__}, "article_id": "nh"}) for b in _boycott_body()]
    ex = extraction(art, first, *body)
    ex.sentences[0] = clause + "."
    assert len(assemble([ex]).events) >= 2


_WAR = Article(
    "w1",
    "The minister said the war began nearly seven months ago. Ruritania launched the offensive after the raid.",
    published="2024-05-05",
)
_WAR2 = Article("w2", "He said Ruritania's offensive in Gaza had weakened the rebels.", published="2024-06-05")
_WAR3 = Article("w3", "Ruritania has launched a military offensive that has led to deaths in Gaza.",
                published="2024-07-14")


def _war_began():
    return mention(_WAR, "the war began nearly seven months ago", "began", "offensive",
                   when=("2023-10-01", "2023-11-30"), time_text="nearly seven months ago", granularity="month",
                   sentence_index=0)


def _offensive(art, clause, k=0, actors=("Ruritania",), modality="reported", event_type="offensive"):
    return mention(art, clause, "offensive", event_type, actors=actors, modality=modality, sentence_index=k)


def test_a_campaign_told_undated_in_several_articles_is_one_event():
    tl = assemble([
        extraction(_WAR, _war_began(), _offensive(_WAR, "Ruritania launched the offensive", 1)),
        extraction(_WAR2, _offensive(_WAR2, "Ruritania's offensive in Gaza had weakened the rebels")),
        extraction(_WAR3, _offensive(_WAR3, "Ruritania has launched a military offensive that has led to deaths in Gaza")),
    ])
    assert len(tl.events) == 1
    ev = tl.events.iloc[0]
    assert ev["sources"] == ["w1", "w2", "w3"] and ev["date"] == "≈ Oct 2023"  # the one dated telling dates it


def test_campaigns_of_other_actors_places_or_plans_stay_apart():
    w2 = _offensive(_WAR2, "Ruritania's offensive in Gaza had weakened the rebels")
    other_actor = _offensive(_WAR3, "Ruritania has launched a military offensive that has led to deaths in Gaza",
                             actors=("Borduria",))
    assert len(assemble([extraction(_WAR2, w2), extraction(_WAR3, other_actor)]).events) == 2
    leb = Article("w4", "Ruritania's offensive in Lebanon had weakened the rebels.", published="2024-06-05")
    other_place = _offensive(leb, "Ruritania's offensive in Lebanon had weakened the rebels")
    assert len(assemble([extraction(_WAR2, w2), extraction(leb, other_place)]).events) == 2
    planned = _offensive(_WAR3, "Ruritania has launched a military offensive that has led to deaths in Gaza",
                         modality="planned")
    assert len(assemble([extraction(_WAR2, w2), extraction(_WAR3, planned)]).events) == 2


def test_the_campaign_rule_is_for_campaigns_only():
    # strikes happen daily: two undated strikes by one actor in one place keep the undated margin
    from timeline.merge import MentionRecord, pair_score, prepare, weigh_names

    p = MergePolicy.default()

    def margin(event_type):
        recs = []
        for i, (art, clause) in enumerate([(_WAR2, "Ruritania's offensive in Gaza had weakened the rebels"),
                                           (_WAR3, "Ruritania has launched a military offensive that has led to deaths in Gaza")]):
            m = mention(art, clause, "offensive", event_type, actors=("Ruritania",), modality="reported")
            recs.append(prepare(MentionRecord(i, m, art.id, art.id, None, art.reference, clause, clause), p))
        weigh_names(recs)
        return pair_score(recs[0], recs[1], p)[1]

    assert margin("offensive") == 0.0
    assert margin("strike") == pytest.approx(p.undated_margin)


def test_in_one_article_a_campaign_without_actor_joins_the_named_one_if_dates_agree():
    named = _offensive(_WAR, "Ruritania launched the offensive", 1)
    floored = type(named)(**{**{f: getattr(named, f) for f in named.__slots__}, "extra": {"not_before": "2023-12-15"}})
    # launched after 15 Dec 2023: not the war that began in Oct-Nov 2023
    assert len(assemble([extraction(_WAR, _war_began(), floored)]).events) == 2
    assert len(assemble([extraction(_WAR, _war_began(), named)]).events) == 1
    from timeline.merge import MentionRecord, _article_links, prepare

    p = MergePolicy.default()
    recs = [prepare(MentionRecord(i, m, "w1", "w1", None, _WAR.reference, _WAR.text[m.char_start : m.char_end], "x."), p)
            for i, m in enumerate((_war_began(), named))]
    assert _article_links(recs, p, [0, 1]) == [(0, 1)]  # linked by the rule, not by chance wording
    other = type(named)(**{**{f: getattr(named, f) for f in named.__slots__}, "actors": ("Borduria",)})
    recs[1] = prepare(MentionRecord(1, other, "w1", "w1", None, _WAR.reference, recs[1].clause, "x."), p)
    assert _article_links(recs, p, [0, 1]) == [(0, 1)]  # a side naming no actor agrees with any


def test_a_shared_actor_is_not_counted_again_as_a_shared_name():
    # "Israeli" names the actor of both: as a name it would count a second time and join
    # an accusation against Israel to one made by Israel
    art = Article(
        "bl",
        "However, there have been multiple deadly incidents there blamed on Israeli strikes. "
        "Deif is a wanted man and is blamed by Israeli authorities for the killings of multiple civilians and soldiers.",
        published="2024-07-14",
    )
    one = mention(art, "However, there have been multiple deadly incidents there blamed on Israeli strikes.", "blamed",
                  "accusation", actors=("Israel",), sentence_index=0)
    two = mention(art, "and is blamed by Israeli authorities for the killings of multiple civilians and soldiers.",
                  "blamed", "accusation", actors=("Israel",), sentence_index=1)
    assert len(assemble([extraction(art, one, two)]).events) == 2


def test_the_name_score_never_rises_when_actor_names_are_left_out():
    from timeline.merge import MentionRecord, _name_score, prepare, weigh_names

    p = MergePolicy.default()
    recs = []
    for i, (clause, actors) in enumerate([
        ("Israeli strikes hit Gaza City", ("Israel",)),
        ("Israeli strikes hit Khan Younis", ("Israel",)),
        ("Hezbollah fighters killed Israeli soldiers", ("Hezbollah", "Israel")),
        ("Soldiers were killed en route to Lebanon", ()),
    ]):
        art = Article(f"n{i}", clause + ".", published="2024-07-14")
        m = mention(art, clause, clause.split()[1], "strike", actors=actors)
        recs.append(prepare(MentionRecord(i, m, art.id, art.id, None, art.reference, clause, clause), p))
    weigh_names(recs)
    for a in recs:
        for b in recs:
            if a is b:
                continue
            plain = _name_score(
                MentionRecord(0, a.mention, a.article_id, a.source_id, None, None, "", "", name_weights=a.name_weights),
                MentionRecord(0, b.mention, b.article_id, b.source_id, None, None, "", "", name_weights=b.name_weights),
                0.4,
            )
            assert _name_score(a, b, 0.4) <= plain + 1e-9
    assert _name_score(recs[0], recs[1], 0.4) < 1.0  # "Israeli" alone is no shared place


_SAID1 = Article(
    "c1",
    "According to one of them, the union is however ready to resume negotiations when the ministry will be serious "
    "about reaching a wage agreement and on the release of the frozen funds.",
    published="2024-07-14",
)
_SAID2 = Article(
    "c2",
    "He noted that despite the union showing significant flexibility to reach an agreement, they are ready to resume "
    "talks only when the ministry demonstrates a genuine commitment to a wage deal.",
    published="2024-07-14",
)


def _relayed(both_families=True):
    t1 = mention(_SAID1, "the union is however ready to resume negotiations", "negotiations", "talks",
                 actors=("Union", "Ministry"), modality="hypothetical", sentence_index=0)
    a1 = mention(_SAID1, "the ministry will be serious about reaching a wage agreement and on the release of the frozen funds",
                 "reaching", "agreement", actors=("Union", "Ministry"), modality="planned", sentence_index=0)
    t2 = mention(_SAID2, "they are ready to resume talks only when the ministry demonstrates a genuine commitment to a wage deal",
                 "talks", "talks", actors=("Ministry",), modality="hypothetical", sentence_index=0)
    a2 = mention(_SAID2, "despite the union showing significant flexibility to reach an agreement", "reach", "agreement",
                 actors=("Union",), modality="hypothetical", sentence_index=0)
    if both_families:
        return [extraction(_SAID1, t1, a1), extraction(_SAID2, t2, a2)]
    return [extraction(_SAID1, t1), extraction(_SAID2, t2)]


def test_two_sentences_telling_the_same_events_corroborate_each_other():
    from timeline.merge import MentionRecord, pair_score, prepare, weigh_names

    p = MergePolicy.default()
    exs = _relayed()
    recs = [prepare(MentionRecord(i, m, ex.article.id, ex.article.id, None, ex.article.reference, c, s), p)
            for i, (ex, m, c, s) in enumerate(
                (ex, m, c, s) for ex in exs for m, c, s in zip(ex.event_mentions, ex.clauses, ex.sentences, strict=True))]
    weigh_names(recs)
    for x, y in ((0, 2), (1, 3)):  # each pair alike, yet below the two-undated-sides bar
        score, margin = pair_score(recs[x], recs[y], p)
        assert p.threshold <= score < p.threshold + margin
    tl = assemble(exs)
    assert len(tl.events) == 2 and (tl.events["sources"].map(len) == 2).all()


def test_one_event_told_alike_twice_is_no_corroboration():
    assert len(assemble(_relayed(both_families=False)).events) == 2


def test_a_shared_background_campaign_corroborates_nothing():
    # two sentences name the same past invasion, and two other speakers' rejections
    from timeline.merge import MentionRecord, pair_score, prepare, weigh_names

    a1 = Article("g1", "But Blair angrily dismissed the idea that the 2003 US and British invasion of Iraq had "
                 "triggered the chaos.", published="2006-12-17")
    a2 = Article("g2", "Germany was opposed to the US and British invasion of Iraq in 2003 and refused to send German "
                 "troops to the country.", published="2005-12-07")
    c1, c2 = a1.text[:-1], a2.text[:-1]
    rej1 = mention(a1, c1, "dismissed", "rejection", actors=("United States",), sentence_index=0)
    rej2 = mention(a2, c2, "refused", "rejection", actors=("United States",), sentence_index=0)
    inv1 = mention(a1, c1, "invasion", "offensive", actors=("United States",), sentence_index=0)
    inv2 = mention(a2, c2, "invasion", "offensive", actors=("United States",), sentence_index=0)
    p = MergePolicy.default()
    recs = [prepare(MentionRecord(i, m, m.article_id, m.article_id, None, None, c, c), p)
            for i, (m, c) in enumerate(((rej1, c1), (rej2, c2), (inv1, c1), (inv2, c2)))]
    weigh_names(recs)
    score, margin = pair_score(recs[0], recs[1], p)
    assert p.threshold <= score < p.threshold + margin  # the rejections alone do not link
    tl = assemble([extraction(a1, rej1, inv1), extraction(a2, rej2, inv2)])
    types = sorted(tl.events["event_type"])
    assert types == ["offensive", "rejection", "rejection"]  # one invasion, two rejections
