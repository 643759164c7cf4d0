"""Session 16's rules, each with the near misses that guard it."""

import pytest

import timeline


def values(text, ref):
    return {m.text: m.value for m in timeline.tag(text, ref)}


@pytest.mark.parametrize("text,ref,day,value", [
    # a weekday that restates the date or holiday just named in its phrase is that day
    ("Edinburgh's Hogmanay street party on Sunday is still going ahead.", "2023-12-27", "Sunday", "2023-12-31"),
    ("Schools will reopen after the long weekend for Christmas Day on Monday.", "2023-12-20", "Monday", "2023-12-25"),
    ("The ceremony on Dec. 4 on Monday was cancelled.", "2023-12-27", "Monday", "2023-12-04"),
    # near misses: another phrase between ("after ..."), a weekday that is not the date's
    ("Chelsea play Arsenal on January 9 after their match on Tuesday was postponed.", "2006-12-20", "Tuesday", "2006-12-19"),
    ("Christmas Day fell on Sunday.", "2023-12-27", "Sunday", "2023-12-24"),
])
def test_weekday_restating_a_named_day(text, ref, day, value):
    assert values(text, ref)[day] == value
