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
    # range cannot end before it starts, and the fix is a week (the Friday after that Monday,
    # session 18: an end weekday follows its dated start), not a year away
    ms = timeline.tag("The 18 centers open for trade from Monday to Friday.", "2006-11-03")
    assert [(m.text, m.value) for m in ms] == [("Monday", "2006-11-06"), ("Friday", "2006-11-10")]


def test_a_range_mended_at_both_ends():
    # "August 1" read as a deadline ahead (2000-08-01), "July" as the last one (1999-07): moving
    # one end alone leaves the range reversed; both move
    start, end = timeline.tag("Sales rose between August 1 and July.", "2000-06-17")
    assert start.earliest <= end.latest
    assert (start.value, end.value) == ("1999-08-01", "2000-07")


def test_a_range_end_lends_its_year_to_a_bare_start():
    start, end = timeline.tag("They acted from November 20 to November 21, 1991 at the farm.", "2005-12-12")
    assert (start.value, end.value) == ("1991-11-20", "1991-11-21")
    start, end = timeline.tag("The fair ran from March 3, 2001 to March 9.", "2005-12-12")
    assert (start.value, end.value) == ("2001-03-03", "2001-03-09")
    # ... across a year end, and from a start that gives the year
    start, end = timeline.tag("The festival ran from December 28 to January 3, 2005.", "2006-12-29")
    assert (start.value, end.value) == ("2004-12-28", "2005-01-03")
    start, end = timeline.tag("Sales rose from December 2004 to March.", "2006-06-10")
    assert (start.value, end.value) == ("2004-12", "2005-03")


def test_no_range_repair_escapes_the_calendar():
    assert len(timeline.tag("They will meet from Friday to Monday.", "0001-01-01")) == 2
