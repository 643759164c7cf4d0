"""Property: a linked range of month names or month-days never ends before it starts."""

import datetime as dt

from hypothesis import given, settings, strategies as st

import timeline

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
OPENERS = ["Between {a} and {b}, sales rose.", "Sales rose between {a} and {b}.",
           "From {a} to {b}, the talks will continue.", "The plant was shut from {a} to {b}."]


@settings(max_examples=200, deadline=None)
@given(
    ref=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    a=st.integers(0, 11),
    b=st.integers(0, 11),
    da=st.one_of(st.none(), st.integers(1, 28)),
    db=st.one_of(st.none(), st.integers(1, 28)),
    form=st.sampled_from(OPENERS),
)
def test_range_never_ends_before_it_starts(ref, a, b, da, db, form):
    left = MONTHS[a] + (f" {da}" if da else "")
    right = MONTHS[b] + (f" {db}" if db else "")
    ms = timeline.tag(form.format(a=left, b=right), ref)
    assert len(ms) == 2
    start, end = ms
    assert start.extra.get("range") == "start" and end.extra.get("range") == "end"
    assert start.earliest <= end.latest
    assert start.extra["range_end"] == end.value and end.extra["range_start"] == start.value


def test_weekday_range_moves_by_a_week_not_a_year():
    # "from Monday to Friday", said on a Friday, with the Monday read as the coming one: the
    # range cannot end before it starts, and the fix is the Monday before, not a year away
    ms = timeline.tag("The 18 centers open for trade from Monday to Friday.", "2006-11-03")
    assert [(m.text, m.value) for m in ms] == [("Monday", "2006-10-30"), ("Friday", "2006-11-03")]
