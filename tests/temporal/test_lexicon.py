"""The language resource: rules and words come from lexicon/en.toml, the engine holds none."""

import tomllib
from pathlib import Path

import pytest

import timeline
import timeline.temporal.lexicon as lexmod
from tests.temporal._cases import check, ids
from timeline.temporal.grammar import grammar, numeral, spoken_year
from timeline.temporal.lexicon import load_lexicon
from timeline.temporal.rules import PRODUCTIONS


def test_every_rule_has_a_production_and_back():
    data = tomllib.loads((Path(lexmod.__file__).parent / "en.toml").read_text(encoding="utf-8"))
    names = [r["name"] for r in data["rules"]]
    assert len(names) == len(set(names))
    assert set(names) == set(PRODUCTIONS)
    assert list(grammar("en").rules) == names


def test_numerals():
    lex = load_lexicon("en")
    cases = {"twenty four": 24, "twenty-four": 24, "40": 40, "a couple of": 2, "5 1/2": 5.5,
             "one and a half": 1.5, "two hundred": 200, "a dozen": 12, "seven": 7}
    for text, value in cases.items():
        assert numeral(text, lex) == value, text
    assert numeral("banana", lex) is None


def test_spoken_years():
    lex = load_lexicon("en")
    assert spoken_year("nineteen ninety-four", lex) == 1994
    assert spoken_year("nineteen oh five", lex) == 1905
    assert spoken_year("two thousand and one", lex) == 2001
    assert spoken_year("two thousand", lex) == 2000
    assert spoken_year("eleven twelve", lex) is None
    # year_words hundred / joiner / zero
    assert spoken_year("nineteen hundred and five", lex) == 1905
    assert spoken_year("nineteen oh five", lex) == 1905


# ---------------------------------------------------------------------------------------------
# Word tables moved out of the engine into en.toml (no Python holds these words any more): each
# must be present and non-empty, and each table keeps one behaviour it drives.

#: (table, key) of the word tables the productions, the tense finder and the grammar read; key
#: None for a table whose entries are the words
MOVED_TABLES = [
    ("directions", "past"), ("directions", "elapsed"), ("directions", "with_object"),
    ("position_words", None), ("unit_synonyms", None), ("year_prefix_mods", None),
    ("year_open_ends", None), ("year_phrases", None), ("clock_mods", None), ("set_quantifiers", None),
    ("anaphoric_day", "shift"), ("anaphoric_day", "parts"), ("anaphoric_day", "with_object"),
    ("anaphoric_day", "in_the_day"), ("anaphoric_day", "mods"),
    ("number_words", "articles"), ("number_words", "nouns"), ("number_words", "half_tail"),
    ("parts_of_day_plural", None),
    ("relations", "last_phrases"), ("relations", "next_phrases"), ("relations", "determiners"),
    ("year_words", "hundred"), ("year_words", "joiner"), ("year_words", "zero"),
    ("clock_zones", "caps_only_after_bare_clock"), ("clock_zones", "place_time"),
    ("span", "determiners_outside"), ("span", "article_kept_before"),
    ("reference_word_conditions", "recent_not_before"), ("reference_word_conditions", "future_after"),
    ("reference_word_conditions", "once_after"), ("reference_word_conditions", "once_not_before"),
    ("reference_word_conditions", "soon_not_beside"),
    ("tense", "forward_before_skip"), ("tense", "comparison_than"), ("tense", "past_suffixes"),
    ("tense", "plural_suffixes"), ("tense", "plural_not_suffixes"), ("tense", "absolute_with"),
    ("tense", "perfect_be"),
] + [("context_words", k) for k in (
    "day_prepositions", "possessive", "bare_time_points", "bare_time_after", "clock_marker_words",
    "military_hours", "of_words", "stretch_the_after", "the_week_after", "year_end_back_after",
    "period_to", "month_prefixes", "age_words", "after_hours_preps", "bare_unit_not_before",
    "then_before_current", "in_words", "ordinal_range_joiners", "ordinal_suffixes",
    "numeric_date_units", "clause_time_preps", "short_month_names", "modal_may_next",
    "verb_suffixes", "year_apos_after", "fiscal_words", "pm_parts", "date_coordinators",
    "quarter_fraction_by",
)]


@pytest.mark.parametrize("table,key", MOVED_TABLES, ids=[f"{t}.{k}" if k else t for t, k in MOVED_TABLES])
def test_moved_word_tables_are_in_the_lexicon(table, key):
    lex = load_lexicon("en")
    assert table in lex.data, f"[{table}] missing from en.toml"
    got = lex.data[table] if key is None else lex.data[table].get(key)
    assert got, f"[{table}] {key or ''} missing or empty in en.toml"


# one behaviour per moved table: (text, reference, span, type, value[, mod])
TABLE_CASES = [
    # [directions] past / elapsed / with_object
    ("He left three days ago.", "2024-05-15", "three days ago", "DATE", "2024-05-12"),
    ("Three days later, he returned.", "2024-05-15", "Three days", "DURATION", "P3D"),
    ("He left two days before the vote.", "2024-05-15", "two days", "DURATION", "P2D"),
    # [position_words], [relations] last_phrases and determiners
    ("Talks resume early Monday.", "2024-05-15", "early Monday", "DATE", "2024-05-20", "START"),
    ("They met this past Sunday.", "2024-05-15", "this past Sunday", "DATE", "2024-05-12"),
    ("Buds open in the early spring.", "2024-05-15", "the early spring", "DATE", "2024-SP", "START"),
    # [unit_synonyms], [year_prefix_mods], [year_open_ends], [year_phrases]
    ("Profit rose last fiscal year.", "2024-05-15", "last fiscal year", "DATE", "2023"),
    ("It shaped post-1959 politics.", "2024-05-15", "post-1959", "DATE", "1959", "AFTER"),
    ("Models from 2010 or later qualify.", "2024-05-15", "2010 or later", "DATE", "2010", "ON_OR_AFTER"),
    ("It opened on Nov. 27 last year.", "2024-05-15", "Nov. 27 last year", "DATE", "2023-11-27"),
    # [clock_mods], [set_quantifiers]
    ("The quake struck shortly after midnight on Wednesday.", "2024-05-15",
     "shortly after midnight", "TIME", "2024-05-14T24:00", "AFTER"),
    ("He runs every morning.", "2024-05-15", "every morning", "SET", "XXXX-XX-XXTMO"),
    # [anaphoric_day] shift, parts, in_the_day, mods
    ("He was arrested on Monday. The next day he was freed.", "2024-05-15", "The next day", "DATE", "2024-05-14"),
    ("He was arrested on Monday. That evening he was freed.", "2024-05-15", "That evening", "TIME", "2024-05-13TEV"),
    ("He was arrested on Monday. Later in the day he was freed.", "2024-05-15", "Later in the day", "DATE", "2024-05-13"),
    ("He was arrested on Monday. Early that morning he was freed.", "2024-05-15",
     "Early that morning", "TIME", "2024-05-13TMO", "START"),
    # [number_words], [parts_of_day_plural]
    ("It lasted a couple of days.", "2024-05-15", "a couple of days", "DURATION", "P2D"),
    ("It lasted two and a half years.", "2024-05-15", "two and a half years", "DURATION", "P2Y6M"),
    ("She swims on Monday mornings.", "2024-05-15", "Monday mornings", "SET", "XXXX-WXX-1TMO"),
    # [clock_zones] place_time, caps_only_after_bare_clock; clock words
    ("It opens at 10 a.m. Beijing time.", "2024-05-15", "10 a.m. Beijing time", "TIME", "2024-05-15T10:00"),
    ("The final starts at 12.20am Irish time on Tuesday.", "1996-07-22", "12.20am Irish time", "TIME", "1996-07-23T00:20"),
    ("It starts at 9am UK time on Tuesday.", "1996-07-22", "9am UK time", "TIME", "1996-07-23T09:00"),
    ("It opens at 1400 EST.", "2024-05-15", "1400 EST", "TIME", "2024-05-15T14:00"),
    ("They met at 7 in the evening.", "2024-05-15", "7 in the evening", "TIME", "2024-05-15T19:00"),
    ("They attacked at 1800 hours.", "2024-05-15", "1800 hours", "TIME", "2024-05-15T18:00"),
    ("They left at dawn.", "2024-05-15", "dawn", "TIME", "2024-05-15TMO"),
    ("The fire broke out mid-morning Sunday.", "2013-12-23", "mid-morning Sunday", "DATE", "2013-12-22TMO"),
    ("The fire broke out early evening Sunday.", "2013-12-23", "early evening Sunday", "DATE", "2013-12-22TEV"),
    ("Drivers should avoid the M1 between noon and 8pm today.", "2021-07-19", "noon", "TIME", "2021-07-19T12:00"),
    # [span] determiners_outside, article_kept_before
    ("Their past five years were hard.", "2024-05-15", "past five years", "DURATION", "P5Y"),
    ("It took a few days.", "2024-05-15", "a few days", "DURATION", "PXD"),
    # context words: in, ordinals, apostrophe years, fiscal, date pairs, clause prepositions
    ("The plan starts early in the new year.", "2024-11-15", "the new year", "DATE", "2025", "START"),
    ("It will not decide before the new year.", "2007-12-10", "the new year", "DATE", "2008"),
    ("Parliament's first sitting of the new year is on Jan 8.", "2017-12-31", "the new year", "DATE", "2018"),
    ("The deadline ends on the 24th.", "2024-05-15", "the 24th", "DATE", "2024-05-24"),
    ("It happened in '98.", "2024-05-15", "'98", "DATE", "1998"),
    ("Its fiscal fourth-quarter profit rose.", "2024-05-15", "fiscal fourth-quarter", "DATE", "2024-Q4"),
    ("They met on Jan. 5 and Feb. 9, 2019.", "2024-05-15", "Jan. 5", "DATE", "2019-01-05"),
    ("By 2030 families will pay more.", "2024-05-15", "2030", "DATE", "2030"),
    ("They held talks throughout the year.", "2024-05-15", "the year", "DURATION", "P1Y"),
    ("since year-end, prices rose.", "2024-05-15", "year-end", "DATE", "2023", "END"),
    ("The year 325 was long ago.", "2024-05-15", "The year 325", "DATE", "0325"),
    # [tense] cues: 'to', the skipped words before a forward cue, 'been'
    ("The president is expected to arrive on Friday.", "2024-05-15", "Friday", "DATE", "2024-05-17"),
    ("The rally ended ahead of the Tuesday vote.", "2024-05-15", "Tuesday", "DATE", "2024-05-21"),
    # an old plan's day is the nearer one (TBAQ: "had been due to expire Friday evening", said on a Monday)
    ("The law had been scheduled to expire Friday.", "1989-10-30", "Friday", "DATE", "1989-10-27"),
    ("The Fed had been scheduled to hold its meeting on Tuesday.", "2020-03-15", "Tuesday", "DATE", "2020-03-17"),
]


@pytest.mark.parametrize("case", TABLE_CASES, ids=ids(TABLE_CASES))
def test_moved_tables_behaviour(case):
    check(case)


# controls: what the moved context words keep from being a time (no mention at all)
NO_MENTION = [
    "The Mail on Sunday reported it.",  # day_prepositions: a paper's name
    "In today's world, phones rule.",  # possessive: the present era
    "Dawn said hello.",  # bare_time_points / bare_time_after
    "He was named player of the year.",  # of_words: an award
    "A 6-year-old boy was hurt.",  # age_words
    "Shares rose 2000 euros.",  # clause_time_preps: a count, not a year
    "They cut the workforce by a quarter.",  # quarter_fraction_by
    "The then-current price was low.",  # then_before_current
    "They fought for years of war.",  # bare_unit_not_before
    "Shares fell in trading after hours.",  # after_hours_preps
    "Three quarters of the vote went to him.",  # of_words
    "He scored his second half century.",  # a century of runs (units table)
    "Jan alone said it.",  # short_month_names
    "May be it works.",  # modal_may_next
    "He died on a Wednesday.",  # day_prepositions + indefinite article
    "He said the day after the strike was calm.",  # anaphoric_day.with_object
]


@pytest.mark.parametrize("text", NO_MENTION)
def test_moved_context_words_controls(text):
    assert timeline.tag(text, "2024-05-15") == [], text


def test_late_in_the_day_is_not_a_day():
    # anaphoric_day.in_the_day: only "earlier/later in the day" date a day ("late in the day" is too late)
    ms = timeline.tag("He was arrested on Monday. Late in the day he was freed.", "2024-05-15")
    assert [m.text for m in ms] == ["Monday"]
