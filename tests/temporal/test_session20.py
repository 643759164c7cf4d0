"""Session 20's rules, each with the near misses that guard it."""

import pytest

import timeline


def values(text, ref):
    return {m.text: m.value for m in timeline.tag(text, ref)}


# 2000-09-16 is a Saturday
@pytest.mark.parametrize("text,span,value", [
    # a clock restated in UTC after a link word: the same instant, its day by the offset
    ("Last night the ceremony began at 7pm AEDT, which was 0800 GMT. It ended shortly before 11pm.", "0800 GMT", "2000-09-15T08:00"),
    ("Last night the ceremony began at 7pm AEDT, which was 0800 GMT. It ended shortly before 11pm.", "shortly before 11pm", "2000-09-15T23:00"),
    # a duration between the two clocks
    ("Last night the show began at 7pm local time - two hours late - which was 0800 GMT.", "0800 GMT", "2000-09-15T08:00"),
    # "or" after a comma; UTC the next day (a zone behind UTC)
    ("Controllers last heard from the jet at 10:33 pm Rio time on Wednesday, or 0133 GMT, before it vanished.", "0133 GMT", "2000-09-14T01:33"),
    # a UTC clock that is a second time, not a restatement: no link word
    ("Last night the polls closed at 7pm AEDT. Counting began at 0800 GMT today.", "0800 GMT today", "2000-09-16T08:00"),
])
def test_clock_restated_with_link_word(text, span, value):
    assert values(text, "2000-09-16")[span] == value
