"""Session 18's rules, each with the near misses that guard it."""

import pytest

import timeline


def values(text, ref):
    return {m.text: m.value for m in timeline.tag(text, ref)}


@pytest.mark.parametrize("text,span,value", [
    # a bare multiplier is a count after a position word
    ("The town has grown for the past hundred years.", "the past hundred years", "P100Y"),
    ("in the last thousand years", "the last thousand years", "P1000Y"),
    ("He will act in the first hundred days.", "the first hundred days", "P100D"),
])
def test_bare_multiplier_after_position_word(text, span, value):
    assert values(text, "2014-05-01")[span] == value


def test_bare_multiplier_alone_is_no_count():
    # "the Hundred Years' War" names a war; no duration without a position word before it
    assert not [m for m in timeline.tag("He wrote about the Hundred Years War.", "2014-05-01") if "Hundred" in m.text]


@pytest.mark.parametrize("text,ref,span,value", [
    # New Zealand's anniversary days: the Monday nearest 29 January (Auckland), 22 January (Wellington)
    ("Shops close on Auckland Anniversary Day.", "2016-01-20", "Auckland Anniversary Day", "2016-02-01"),  # 29th a Friday
    ("Shops close on Auckland Anniversary Day.", "2023-01-28", "Auckland Anniversary Day", "2023-01-30"),  # a Sunday
    ("Shops close on Auckland Anniversary Day.", "2015-01-20", "Auckland Anniversary Day", "2015-01-26"),  # a Thursday
    ("Wellington Anniversary Day falls on Monday.", "2016-01-20", "Wellington Anniversary Day", "2016-01-25"),
    # with no reference, no day to give
    ("Shops close on Auckland Anniversary Day.", None, "Auckland Anniversary Day", "XXXX-XX-XX"),
])
def test_nearest_weekday_holidays(text, ref, span, value):
    assert values(text, ref)[span] == value
