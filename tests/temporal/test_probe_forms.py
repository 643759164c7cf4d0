"""Span and value forms found by the black-box probes (batch "forms"): fractions, frequencies,
approximators, "over" as "across", clock forms and day-first dates. Each table has controls
that must keep working."""

import pytest

import timeline
from tests.temporal._cases import ANY, check, ids

# "half an hour": a fraction before a unit with "an", as "half a day" already was
HALF = [
    ("The meeting lasted half an hour.", "2014-06-11", "half an hour", "DURATION", "PT30M"),
    ("Half an hour later, a second bomb exploded.", "2014-06-11", "Half an hour", "DURATION", "PT30M"),
    ("About half an hour ago the polls closed.", "2014-06-11", "About half an hour ago", "DATE", "2014-06-11", "APPROX"),
    # controls
    ("They waited half a day.", "2014-06-11", "half a day", "DURATION", "PT12H"),
    ("He spoke for an hour and a half.", "2014-06-11", "an hour and a half", "DURATION", "PT1H30M"),
]


@pytest.mark.parametrize("case", HALF, ids=ids(HALF))
def test_half_an(case):
    check(case)


# frequency sets keep their frequency word in the span (TimeML: "twice a week", freq="2X")
FREQ = [
    ("The minister visited the region twice a year.", "2008-03-05", "twice a year", "P1Y", "2X"),
    ("The ferry sails three times a week.", "2008-03-05", "three times a week", "P1W", "3X"),
    ("The ferry sails 3 times a week.", "2008-03-05", "3 times a week", "P1W", "3X"),
    ("The committee meets once a month.", "2008-03-05", "once a month", "P1M", "1X"),
    ("The pill is taken twice daily.", "2008-03-05", "twice daily", "P1D", "2X"),
    ("The bulletin is published three times weekly.", "2008-03-05", "three times weekly", "P1W", "3X"),
    ("They meet several times a year.", "2008-03-05", "several times a year", "P1Y", None),
    # controls: a plain set word, and "at times" is no frequency
    ("He eats daily.", "2008-03-05", "daily", "P1D", None),
]


@pytest.mark.parametrize("case", FREQ, ids=ids(FREQ))
def test_frequency_in_span(case):
    text, ref, span, value, freq = case
    check((text, ref, span, "SET", value))
    (m,) = [m for m in timeline.tag(text, ref) if m.text == span]
    assert m.freq == freq


def test_at_times_is_not_a_frequency():
    got = [(m.text, m.type) for m in timeline.tag("At times a day passes without news.", "2008-03-05")]
    assert got == [("a day", "DURATION")]


@pytest.mark.parametrize("text", [
    "The company earns $500 million a year.",
    "Qantas runs four flights a week.",
    "It costs the territories several million dollars a day.",
    "Capital flight costs billions of dollars a year.",
    "Prices rose 4% a year.",
    "It sold 1,000 a day.",
    "It pumps 1.2 million barrels a day.",
])
def test_rates_stay_untagged(text):
    assert timeline.tag(text, "2008-03-05") == []


def test_date_described_by_a_day_is_no_duration():
    # "<date>, a day like no other": the date described, not a duration (unless "a day after")
    got = [m.text for m in timeline.tag("Americans voted on Nov. 3, a day like no other.", "2020-11-05")]
    assert got == ["Nov. 3"], got


@pytest.mark.parametrize("text,span", [
    # a day of the month before a comma is no amount
    ("The pause ended on Dec. 1, an hour after Israel said rockets were fired.", "an hour"),
    ("The cabinet decided on December 6, a day after the bombing.", "a day"),
    # a rate word with no count before it is a plain noun
    ("Fans should be in their seats an hour before kick-off.", "an hour"),
    # a number at a line's end is a dateline's year, not an amount
    ("KATHMANDU, Monday, April 25, 2016\nA year after the earthquake, Nepal is still waiting to rebuild", "A year"),
])
def test_not_a_rate(text, span):
    assert (span, "DURATION") in [(m.text, m.type) for m in timeline.tag(text, "2008-03-05")]


# "over" is "more than" only after words like "for", "took", "been"; elsewhere it is the
# preposition "across" and gives no mod (the span leaves it out either way)
OVER = [
    ("The summit was held over two days in Brussels.", "2010-01-12", "two days", "DURATION", "P2D", None),
    ("More than 100 people were killed over three days of fighting.", "2010-01-12", "three days", "DURATION", "P3D", None),
    ("The jury deliberated for nine hours over two days.", "2010-01-12", "two days", "DURATION", "P2D", None),
    ("The talks will take place over two days.", "2010-01-12", "two days", "DURATION", "P2D", None),
    ("Prices rose 5% over three years.", "2010-01-12", "three years", "DURATION", "P3Y", None),
    ("Over two days, the army shelled the town.", "2010-01-12", "two days", "DURATION", "P2D", None),
    # controls: "more than"
    ("He was jailed for over two years.", "2010-01-12", "two years", "DURATION", "P2Y", "MORE_THAN"),
    ("The trip took over a week.", "2010-01-12", "a week", "DURATION", "P1W", "MORE_THAN"),
    ("It has been over a year since the vote.", "2010-01-12", "a year", "DURATION", "P1Y", "MORE_THAN"),
    ("He waited over an hour.", "2010-01-12", "an hour", "DURATION", "PT1H", "MORE_THAN"),
    ("It happened over two years ago.", "2010-01-12", "over two years ago", "DATE", "2008", "MORE_THAN"),
    ("The strike lasted just over a week.", "2010-01-12", "just over a week", "DURATION", "P1W", "MORE_THAN"),
]


@pytest.mark.parametrize("case", OVER, ids=ids(OVER))
def test_over_across_or_more_than(case):
    check(case)


# an approximator before a calendar date is in the span, with mod APPROX (TBAQ "around Nov. 1")
APPROX = [
    ("The company was founded around 2005.", "2010-03-18", "around 2005", "DATE", "2005", "APPROX"),
    ("The village was built in about 1900.", "2010-03-18", "about 1900", "DATE", "1900", "APPROX"),
    ("Since about 2005, prices have doubled.", "2010-03-18", "about 2005", "DATE", "2005", "APPROX"),
    ("The attack happened around March 5.", "2010-03-18", "around March 5", "DATE", "2010-03-05", "APPROX"),
    ("The church was built circa 1900.", "2010-03-18", "circa 1900", "DATE", "1900", "APPROX"),
    ("The church was built c. 1900.", "2010-03-18", "c. 1900", "DATE", "1900", "APPROX"),
    ("He joined the firm around November.", "2010-03-18", "around November", "DATE", "2009-11", "APPROX"),
    ("The talks began around Nov. 1, officials said.", "2010-03-18", "around Nov. 1", "DATE", "2009-11-01", "APPROX"),
    # controls: "about" as "concerning"; a weekday keeps "around" out (TBAQ); counts
    ("Worries about 2010 grew.", "2010-03-18", "2010", "DATE", "2010", None),
    ("The rebels will attack around Wednesday.", "2010-03-18", "Wednesday", "DATE", "2010-03-24", None),
    ("The plant opened in 2005.", "2010-03-18", "2005", "DATE", "2005", None),
]


@pytest.mark.parametrize("case", APPROX, ids=ids(APPROX))
def test_approximator_before_date(case):
    check(case)


@pytest.mark.parametrize("text", ["Around 2000 people marched.", "About 2000 people marched."])
def test_approximate_counts_are_not_years(text):
    assert timeline.tag(text, "2010-03-18") == []


# a quantity adjective between the count and the unit: "five consecutive days", "a full year"
ADJ = [
    ("Protesters rallied for five consecutive days.", "2011-04-15", "five consecutive days", "DURATION", "P5D"),
    ("Hospital admissions have fallen for 10 straight days.", "2020-04-15", "10 straight days", "DURATION", "P10D"),
    ("The siege lasted a full year.", "2020-04-15", "a full year", "DURATION", "P1Y"),
    ("The siege lasted an entire month.", "2020-04-15", "an entire month", "DURATION", "P1M"),
    ("He talked for two solid hours.", "2020-04-15", "two solid hours", "DURATION", "PT2H"),
    ("Two full years later, the town was rebuilt.", "2020-04-15", "Two full years", "DURATION", "P2Y"),
    # control: the calendar year of a report
    ("Profit for the full year rose.", "2020-04-15", "the full year", "DATE", "2020"),
]


@pytest.mark.parametrize("case", ADJ, ids=ids(ADJ))
def test_duration_adjectives(case):
    check(case)


@pytest.mark.parametrize("text", ["The company raised its full-year forecast.", "It gave a full-year forecast.", "Stocks fell for a third straight day."])
def test_adjective_forms_that_are_not_durations(text):
    assert timeline.tag(text, "2020-04-15") == []


# clock forms: British dotted times, military "1800 hours", bare "0547 local time", and the
# zone (an abbreviation, "<place> time", "Eastern time") in the span
CLOCKS = [
    ("Trading opened at 9.30am.", "2024-05-12", "9.30am", "TIME", "2024-05-12T09:30"),
    ("Kick-off is at 7.45pm.", "2024-05-12", "7.45pm", "TIME", "2024-05-12T19:45"),
    ("The explosion happened at about 10.30pm on Saturday.", "2024-05-12", "10.30pm", "TIME", "2024-05-11T22:30", "APPROX"),
    ("The quake struck at 8.46 a.m. local time.", "2024-05-12", "8.46 a.m. local time", "TIME", "2024-05-12T08:46"),
    ("The attack began at 1800 hours.", "2014-06-11", "1800 hours", "TIME", "2014-06-11T18:00"),
    ("At 1100 hours the convoy left.", "2014-06-11", "1100 hours", "TIME", "2014-06-11T11:00"),
    ("Troops will move in at 0600 hours on Tuesday.", "2014-06-11", "0600 hours", "TIME", "2014-06-17T06:00"),
    ("The ship sank at 0200 hours local time.", "2014-06-11", "0200 hours local time", "TIME", "2014-06-11T02:00"),
    ("The talks resumed at 1400 local time.", "2024-05-20", "1400 local time", "TIME", "2024-05-20T14:00"),
    ("Markets reopen at 0900 Tokyo time.", "2024-05-20", "0900 Tokyo time", "TIME", "2024-05-20T09:00"),
    ("Markets in Tokyo closed at 3 p.m. JST.", "2012-03-14", "3 p.m. JST", "TIME", "2012-03-14T15:00"),
    ("The verdict was read at 10 a.m. Beijing time (0200 GMT).", "2012-03-14", "10 a.m. Beijing time", "TIME", "2012-03-14T10:00"),
    ("The rally began at 3 p.m. IST.", "2012-03-14", "3 p.m. IST", "TIME", "2012-03-14T15:00"),
    ("The president will speak at 9 p.m. Eastern time.", "2012-03-14", "9 p.m. Eastern time", "TIME", "2012-03-14T21:00"),
    # controls
    ("The vote closes at 8 p.m. ET.", "2012-03-14", "8 p.m. ET", "TIME", "2012-03-14T20:00"),
    ("The blast happened at 10:35 a.m. (0735 GMT) on Friday.", "2012-03-14", "10:35 a.m.", "TIME", "2012-03-09T10:35"),
    ("The battery lasts 1200 hours.", "2014-06-11", "1200 hours", "DURATION", "PT1200H"),
    ("After 1200 hours of talks, a deal was reached.", "2014-06-11", "1200 hours", "DURATION", "PT1200H"),
    ("In 1847 GMT was adopted.", "2014-06-11", "1847", "DATE", "1847"),
]


@pytest.mark.parametrize("case", CLOCKS, ids=ids(CLOCKS))
def test_clock_forms(case):
    check(case)


@pytest.mark.parametrize("text", ["Shares rose 1.45 percent.", "He arrived at 1400 et al."])
def test_not_clocks(text):
    assert timeline.tag(text, "2024-05-12") == []


# day-first ranges of days, as "March 3-5" and "March 3 and 4" already were
DAY_FIRST = [
    ("The summit will take place on 5-7 January in Nairobi.", "2010-12-20", "5-7 January", "DATE", "2011-01-05", None, "2011-01-05", "2011-01-07"),
    ("The summit was held on 12-14 March 2010.", "2010-12-20", "12-14 March 2010", "DATE", "2010-03-12", None, "2010-03-12", "2010-03-14"),
    ("The vote took place on 3 and 4 March.", "2010-12-20", "3", "DATE", "2010-03-03"),
    ("The vote took place on 3 and 4 March.", "2010-12-20", "4 March", "DATE", "2010-03-04"),
    ("Kasuri will visit Kabul from 7th to 9th December.", "2006-11-21", "7th", "DATE", "2006-12-07"),
    ("Kasuri will visit Kabul from 7th to 9th December.", "2006-11-21", "9th December", "DATE", "2006-12-09"),
    # controls
    ("The summit will take place on March 3-5.", "2010-12-20", "March 3-5", "DATE", "2011-03-03", None, "2011-03-03", "2011-03-05"),
    ("He was born on 14 July 1980.", "2010-12-20", "14 July 1980", "DATE", "1980-07-14"),
    ("The talks ran from 30 November to 2 December.", "2010-12-20", "30 November", "DATE", "2010-11-30"),
    ("The talks ran from 30 November to 2 December.", "2010-12-20", "2 December", "DATE", "2010-12-02"),
]


@pytest.mark.parametrize("case", DAY_FIRST, ids=ids(DAY_FIRST))
def test_day_first_ranges(case):
    check(case)


def test_score_before_a_month_is_no_range():
    got = [m.text for m in timeline.tag("Arsenal won 3-1 in March.", "2010-12-20")]
    assert got == ["March"]


# decimal seconds keep their fraction (TIMEX3 allows a decimal in the last unit)
SECONDS = [
    ("Bolt ran 9.58 seconds in the 100 meters in 2009.", "2024-05-06", "9.58 seconds", "DURATION", "PT9.58S"),
    ("Hamilton missed pole by 0.002 seconds.", "2024-06-05", "0.002 seconds", "DURATION", "PT0.002S"),
    ("The gap was 1.5 seconds.", "2024-06-05", "1.5 seconds", "DURATION", "PT1.5S"),
    # controls: whole seconds, and halves and quarters of larger units still carry down (other
    # fractions keep a decimal in their own unit: test_probe_rev.py)
    ("It took 10 seconds.", "2024-06-05", "10 seconds", "DURATION", "PT10S"),
    ("It took 2.5 minutes.", "2024-06-05", "2.5 minutes", "DURATION", "PT2M30S"),
    ("It took 0.25 minutes.", "2024-06-05", "0.25 minutes", "DURATION", "PT15S"),
    ("It took 1.1 minutes.", "2024-06-05", "1.1 minutes", "DURATION", "PT1.1M"),
]


@pytest.mark.parametrize("case", SECONDS, ids=ids(SECONDS))
def test_decimal_seconds(case):
    check(case)


# numeric dates: month first when it can be (US), else day first ("30/06/2024")
NUMERIC = [
    ("The offer expires on 30/06/2024.", "2024-05-22", "30/06/2024", "DATE", "2024-06-30"),
    ("The offer expires on 06/30/2024.", "2024-05-22", "06/30/2024", "DATE", "2024-06-30"),
    ("The offer expires on 05/06/2024.", "2024-05-22", "05/06/2024", "DATE", "2024-05-06"),
]


@pytest.mark.parametrize("case", NUMERIC, ids=ids(NUMERIC))
def test_numeric_dates(case):
    check(case)


@pytest.mark.parametrize("text", ["The offer expires on 13/13/2024.", "The service runs 24/7/365."])
def test_not_numeric_dates(text):
    assert timeline.tag(text, "2024-05-22") == []
