"""Session 21's rules, each with the near misses that guard it: one table of
(text, reference, span, value), read by one test."""

import pytest

import timeline

# 2009-06-13 is a Saturday
CASES = [
    # a bare midnight of a past deed on the reference day: the one that began the day
    ("Rescuers working under floodlights pulled 34 people out alive by midnight.", "2009-06-13", "midnight", "2009-06-12T24:00"),
    ("Thousands of people queued at the temple from midnight to light incense.", "2009-06-13", "midnight", "2009-06-12T24:00"),
    # ... but what a past clause announced is still ahead
    ("The union called a strike from midnight.", "2009-06-13", "midnight", "2009-06-13T24:00"),
    ("The government imposed a curfew until midnight.", "2009-06-13", "midnight", "2009-06-13T24:00"),
    ("Officials said the polls would stay open until midnight.", "2009-06-13", "midnight", "2009-06-13T24:00"),
    # ... and a range's end is the end of its start's day
    ("Police received 1,200 calls between 4 p.m. and midnight.", "2009-06-13", "midnight", "2009-06-13T24:00"),
]


@pytest.mark.parametrize("text,ref,span,value", CASES)
def test_session21_rule(text, ref, span, value):
    got = {m.text: m.value for m in timeline.tag(text, ref)}
    assert got.get(span) == value, got
