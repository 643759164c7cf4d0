"""The language resource: rules and words come from lexicon/en.toml, the engine holds none."""

import tomllib
from pathlib import Path

import timeline.temporal.lexicon as lexmod
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
