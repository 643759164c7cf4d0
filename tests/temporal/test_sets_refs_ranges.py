"""Rule families: sets, PRESENT_REF / PAST_REF / FUTURE_REF words, and ranges."""

import pytest

import timeline
from tests.temporal._cases import check, ids

REF = "2024-07-14"
CASES = [
    # a season of play: a year counted from the reference's (one of the season's years when it
    # runs over the new year); the reference values without a reference (test_session17)
    ("He has missed four games this season with a bruised knee.", "2006-11-17", "this season", "DATE", "2006"),
    ("Last season he had a similar exchange.", "2006-11-17", "Last season", "DATE", "2005"),
    ("Twenty teams would have to back the move next season.", "2006-11-17", "next season", "DATE", "2007"),
    # sets
    ("The paper is published daily.", REF, "daily", "SET", "P1D"),
    ("The meeting is held annually and draws 30,000 shareholders.", REF, "annually", "SET", "P1Y"),
    ("They meet weekly.", REF, "weekly", "SET", "P1W"),
    ("The fair is held each year.", REF, "each year", "SET", "P1Y"),
    ("It rains every day.", REF, "every day", "SET", "P1D"),
    ("Markets close every Friday.", REF, "every Friday", "SET", "XXXX-WXX-5"),
    ("The pool is open on weekends.", REF, "weekends", "SET", "XXXX-WXX-WE"),
    ("He works weekend nights.", REF, "weekend nights", "SET", "XXXX-WXX-WETNI"),
    ("Over the past two weekends, crowds grew.", REF, "the past two weekends", "DURATION", "P2WE"),  # control
    ("Weekends are busy at the market.", REF, "Weekends", "SET", "XXXX-WXX-WE"),
    ("The central bank meets every six weeks.", REF, "every six weeks", "SET", "P6W"),
    ("Buses run every 10 minutes.", REF, "every 10 minutes", "SET", "PT10M"),
    ("A train leaves every few hours.", REF, "every few hours", "SET", "PTXH"),
    ("Polls are held every couple of years.", REF, "every couple of years", "SET", "P2Y"),
    ("Orangemen march each July.", REF, "each July", "SET", "XXXX-07"),
    ("Rainfall every Feb. 18 is recorded.", REF, "every Feb. 18", "SET", "XXXX-02-18"),
    ("The parade is held every Oct. 31 in the village.", REF, "every Oct. 31", "SET", "XXXX-10-31"),
    ("He visits every March 3,000 tourists come.", REF, "every March", "SET", "XXXX-03"),  # control: a count after
    ("Every April 10 people were killed in the blasts.", REF, "Every April", "SET", "XXXX-04"),  # control
    ("Canadians travel south in winter.", REF, "winter", "DATE", "XXXX-WI"),  # a habit, not a fixture
    ("Board meets twice a year.", REF, "twice a year", "SET", "P1Y"),
    ("Trains run every weekday.", REF, "every weekday", "SET", "XXXX-WXX-WD"),
    ("The office is open every working day.", REF, "every working day", "SET", "XXXX-WXX-WD"),
    ("He jogs every weekend.", REF, "every weekend", "SET", "XXXX-WXX-WE"),
    ("They meet 3 times a week.", REF, "3 times a week", "SET", "P1W"),
    ("Flights leave on Tuesday nights.", REF, "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    # reference words
    ("Currently, 120 hostages remain.", REF, "Currently", "DATE", "PRESENT_REF"),
    ("Now the alliance is bigger.", REF, "Now", "DATE", "PRESENT_REF"),
    ("The firm recently cut jobs.", REF, "recently", "DATE", "PAST_REF"),
    ("Mistakes made in the past.", REF, "the past", "DATE", "PAST_REF"),
    ("Plans for the future.", REF, "the future", "DATE", "FUTURE_REF"),
    ("Sales grew in recent years.", REF, "recent years", "DATE", "PAST_REF"),
    ("The current president spoke.", REF, "current", "DATE", "PRESENT_REF"),
    # "will one day be": some day in the future, not a one-day duration
    ("Islam will one day be the second largest religion.", REF, "one day", "DATE", "FUTURE_REF"),
    ("The strike lasted one day.", REF, "one day", "DURATION", "P1D"),
    # ranges: TimeML keeps the two ends as separate expressions, linked in `extra`
    ("Prices rose between 2008 and 2010.", REF, "2008", "DATE", "2008"),
    ("Prices rose between 2008 and 2010.", REF, "2010", "DATE", "2010"),
    ("Talks ran from May to July.", REF, "May", "DATE", "2024-05"),
    ("Talks ran from May to July.", REF, "July", "DATE", "2024-07"),
    ("Output fell in 1998-2000.", REF, "1998", "DATE", "1998"),
    ("Output fell in 1998-2000.", REF, "2000", "DATE", "2000"),
    # a range cannot end before it starts: the end the text did not date moves by a year
    ("Between January and October, Hong Kong sold more.", "2006-11-22", "January", "DATE", "2006-01"),
    ("Sales were counted between Oct. 30 and Jan. 5.", "1989-11-02", "Oct. 30", "DATE", "1988-10-30"),
]


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_sets_refs_ranges(case):
    check(case)


def test_frequency():
    (m,) = timeline.tag("They meet three times a year.", REF)
    assert (m.text, m.type, m.value, m.freq) == ("three times a year", "SET", "P1Y", "3X")


@pytest.mark.parametrize(
    "text",
    ["It saves $500 million a year.", "Qantas runs four flights a week.", "Rates rose 5 percent a year.",
     "Rich nations pledged $100bn a year in climate finance.", "It costs £5m a year."],
)
def test_rates_are_not_times(text):
    assert timeline.tag(text, REF) == []


def test_range_ends_are_linked():
    a, b = timeline.tag("Talks ran from May to July.", REF)
    assert a.extra["range"] == "start" and a.extra["range_end"] == "2024-07"
    assert b.extra["range"] == "end" and b.extra["range_start"] == "2024-05"


def test_range_ends_are_ordered_and_linked():
    a, b = timeline.tag("Between January and October, Hong Kong sold more.", "2006-11-22")
    assert a.earliest < b.earliest and a.extra["range_end"] == "2006-10" and b.extra["range_start"] == "2006-01"


# "today's" + a generic noun is the present era in general (untagged, as in TimeML);
# before a noun of the day's news it is the day
TODAYS = [
    ("The case of Elian is for today's youth what the blockade was for earlier generations.", None),
    ("Fathers have rights in today's world.", None),
    ("They are the chips of choice in many of today's personal computers.", None),
    ("The offer was advertised in today's editions of the paper.", "2000-01-07"),
    ("Now for today's geography quiz.", "2000-01-07"),
]


@pytest.mark.parametrize("text,value", TODAYS)
def test_todays_generic_or_the_day(text, value):
    found = [m.value for m in timeline.tag(text, "2000-01-07") if m.text == "today"]
    assert found == ([value] if value else [])


# two bare months joined by "and"/"or", in calendar order, are of one year
@pytest.mark.parametrize(
    "text, ref, expected",
    [
        ("The central bank held its key rate, after cuts in January and July.", "2015-10-20", ["2015-01", "2015-07"]),
        ("Retailers will report fourth-quarter results, which include the holiday season, in February and March.",
         "2014-11-30", ["2015-02", "2015-03"]),
        ("The haze could last until the end of the dry season in September or October.", "2013-06-22", ["2013-09", "2013-10"]),
        ("Sales fell in October and November.", "2014-11-30", ["2014-10", "2014-11"]),
        ("Between January and October, Hong Kong surpassed Japan.", "2006-11-22", ["2006-01", "2006-10"]),
        # a year that opens the sentence dates a bare month after it
        ("Next year, Abu Dhabi joins with a twilight race in November.", "2008-09-26", ["2009-11"]),
        ("Sales will rise next year, after a dip in March.", "2008-09-26", ["2008-03"]),  # control: not fronted
    ],
)
def test_month_pairs_and_fronted_years(text, ref, expected):
    assert [m.value for m in timeline.tag(text, ref) if m.rule == "month"] == expected
