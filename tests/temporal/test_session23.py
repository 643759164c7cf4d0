"""Session 23's rules, each with the near misses that guard it: one table of
(text, reference, span, value), read by one test (a value of None: no mention has that span)."""

import pytest

import timeline

# 2024-12-10 is a Tuesday; Christmas 2024 a Wednesday, Thanksgiving 2024 Thursday 28 November
CASES = [
    # a weekday, weekend or week counted from a named day, over one span
    ("Malls will be crowded on the Saturday before Christmas.", "2024-12-10", "the Saturday before Christmas", "2024-12-21"),
    ("Sales fell on the Friday after Thanksgiving.", "2024-12-10", "the Friday after Thanksgiving", "2024-11-29"),
    ("The weekend before Christmas could be the biggest.", "2024-12-10", "The weekend before Christmas", "2024-W51-WE"),
    ("The week before Christmas is always busy.", "2024-12-10", "The week before Christmas", "2024-W51"),
    ("Traffic peaked the week after Thanksgiving.", "2024-12-10", "the week after Thanksgiving", "2024-W49"),
    ("The Monday after July 4 was quiet.", "2024-12-10", "The Monday after July 4", "2024-07-08"),
    ("The last Saturday before Christmas was the busiest of 2023.", "2024-01-10", "The last Saturday before Christmas", "2023-12-23"),
    # a Christmas that falls on a Saturday: the Saturday before it is a week earlier
    ("Shops opened late the Saturday before Christmas.", "2021-12-28", "the Saturday before Christmas", "2021-12-18"),
    # ... not a day counted from an event, nor "the week after next Tuesday"
    ("He was arrested the Friday after the launch.", "2024-12-10", "Friday", "2024-12-06"),
    ("They meet the week after next Tuesday.", "2024-12-10", "next Tuesday", "2024-12-17"),
    # a bare midnight on the reference day in a clause of no clear tense: the one that began it
    ("Gunfire was heard on Tuesday in parts of Khartoum despite a three-day ceasefire that took effect at midnight (2200 GMT), as foreign governments rushed to evacuate.", "2023-04-25", "midnight", "2023-04-24T24:00"),
    ("Reid, pacing the floor shortly after midnight, said Republicans were wrong.", "2007-07-18", "shortly after midnight", "2007-07-17T24:00"),
    # ... but on New Year's Eve, the midnight the year turns; and one ahead stays ahead
    ("Revellers in the capital, swapping gifts at the stroke of midnight amid fireworks.", "2012-12-31", "midnight", "2012-12-31T24:00"),
    ("Revellers in the capital, swapping gifts at the stroke of midnight amid fireworks.", "2012-12-30", "midnight", "2012-12-29T24:00"),
    ("The polls will close at midnight.", "2023-04-25", "midnight", "2023-04-25T24:00"),
    # a date naming a vote ("the November 8th presidential election") is the vote's day
    ("The attack came before the November 8th presidential election, and officials worried about disruptions on Election Day.", "2016-10-22", "Election Day", "2016-11-08"),
    ("The Nov. 8 meeting on election security was tense. Officials worried about disruptions on Election Day.", "2016-10-22", "Election Day", "2015-11-03"),
    # a golf hole or a golf score is not a day or a decade
    ("Jamie Donaldson's wedge to the 15th at 3.53pm secured the point.", "2014-09-28", "the 15th", None),
    ("I'll go out tomorrow and try to shoot something in the mid-60s.", "2019-07-18", "the mid-60s", None),
    ("The payment is due on the 15th.", "2019-07-18", "the 15th", "2019-08-15"),
    ("In the mid-60s, the band toured Europe.", "2019-07-18", "the mid-60s", "196"),
    # seasons after "most of the", "over", "with ... approaching", "the first day of"
    ("Santorum had been stuck in single digits for most of the fall.", "2011-12-31", "the fall", "2011-FA"),
    ("Bayer sweetens Monsanto talks as deadline looms over summer", "2016-06-08", "summer", "2016-SU"),
    ("A third of the country faces hunger with winter approaching.", "2021-08-24", "winter", "2021-WI"),
    ("Relief is forecast tomorrow, the first day of autumn.", "2004-02-29", "autumn", "2004-FA"),
    # ... not a collapse or a drop, nor a spring of water
    ("He spoke of the fall.", "2011-12-31", "the fall", None),
    ("The rest of the fall in prices came later.", "2011-12-31", "the fall", None),
    ("With spring water in short supply, they left.", "2011-12-31", "spring", None),
    # ", followed by ..." goes on in the time of the clause before the comma
    ("The band will play five nights from May 14, followed by dates in Glasgow and Dublin in late May.", "2013-01-31", "late May", "2013-05"),
    # "the quarter ended Sept. 30" is over even in a clause about its coming report
    ("Microsoft will report its results for the quarter ended Sept. 30 on Oct. 24.", "2023-10-13", "the quarter", "2023-Q3"),
    ("Revenue will rise in the quarter ending June 30.", "2023-10-13", "the quarter", "2024-Q2"),
    # a count after a word of quantity, an asteroid's designation: not years
    ("NEAR's camera returned more than 2000 images of the asteroid.", "2000-02-29", "2000", None),
    ("The previous record was about 1900 submissions.", "2005-04-30", "1900", None),
    ("The asteroid 2012 DA14 passed 27,700 km above the Earth.", "2013-02-15", "2012", None),
    ("In about 1990 sales rose.", "2005-04-30", "about 1990", "1990"),
    ("The plan must be done no later than 2000 ends.", "1999-04-30", "2000", "2000"),
    ("Man jailed over 1998 Christmas Eve killing", "2008-10-01", "1998", "1998"),
    # minutes told from midnight or noon: one clock time
    ("The law took effect at one minute past midnight.", "2021-08-31", "one minute past midnight", "2021-08-31T00:01"),
    ("The last plane left one minute before midnight.", "2021-08-31", "one minute before midnight", "2021-08-30T23:59"),
    ("The polls will close five minutes before midnight.", "2021-08-31", "five minutes before midnight", "2021-08-31T23:55"),
    ("Apple began selling the phone at one minute past midnight local time on Friday.", "2008-07-11", "one minute past midnight local time", "2008-07-11T00:01"),
    ("The speech began ten minutes after noon.", "2021-08-31", "ten minutes after noon", "2021-08-31T12:10"),
    # ... not minutes counted from an event
    ("He left five minutes after the meeting.", "2021-08-31", "five minutes", "PT5M"),
    # "this Saturday" is that day of the reference's week (said on a Sunday, of the coming one);
    # "has one" is possession, present
    ("Bath's open days are in late June, while Surrey has one this Saturday.", "2013-06-04", "this Saturday", "2013-06-08"),
    ("The meeting is this Monday.", "2013-06-06", "this Monday", "2013-06-10"),
    ("The talks this Monday ended without a deal.", "2013-06-06", "this Monday", "2013-06-03"),
    ("The meeting is this Friday.", "2013-06-09", "this Friday", "2013-06-14"),
    ("Shares fell this Sunday.", "2013-06-04", "this Sunday", "2013-06-02"),
    # clocks said in words: an hour with a.m./p.m., an hour and its minutes, minutes past an hour
    ("The fire started around three a.m.", "2008-02-29", "around three a.m.", "2008-02-29T03:00"),
    ("Polls close at ten p.m.", "2008-02-29", "ten p.m.", "2008-02-29T22:00"),
    ("It's six thirty-two on a Friday morning.", "2008-02-29", "six thirty-two", "2008-02-29T06:32"),
    ("The time is seven-oh-five.", "2008-02-29", "seven-oh-five", "2008-02-29T07:05"),
    ("The meeting is at twelve-thirty.", "2008-02-29", "twelve-thirty", "2008-02-29T12:30"),
    ("He got up at six thirty in the morning.", "2008-02-29", "six thirty in the morning", "2008-02-29T06:30"),
    ("It is four minutes past eight.", "2008-02-29", "four minutes past eight", "2008-02-29T08:04"),
    ("The bus left at twenty past five.", "2008-02-29", "twenty past five", "2008-02-29T17:20"),
    ("He left at half past eleven at night.", "2010-07-11", "half past eleven at night", "2010-07-11T23:30"),
    # ... not a score, a count of dozens, nor a noun after a hyphen
    ("The score was six twenty.", "2008-02-29", "six twenty", None),
    ("About two dozen people died.", "2008-02-29", "two dozen", None),
    ("He bought five twenty-dollar bills.", "2008-02-29", "five twenty", None),
    ("The team has ten minutes to go.", "2008-02-29", "ten minutes", "PT10M"),
    # a clock after "between", an hour before "yesterday morning", a weekday and a spoken ordinal
    ("Officers made arrests between nine o'clock last night and six this morning.", "2001-01-01", "nine o'clock last night", "2000-12-31T21:00"),
    ("The call came in at ten yesterday morning.", "2008-02-29", "ten yesterday morning", "2008-02-28T10:00"),
    ("The call came in at 10 yesterday morning.", "2008-02-29", "10 yesterday morning", "2008-02-28T10:00"),
    ("The ballots will be counted on Thursday the thirteenth, officials said.", "2006-04-03", "Thursday the thirteenth", "2006-04-13"),
    ("The rate fell between 2 and 3 percent.", "2008-02-29", "2", None),
    # a bare early hour after "this afternoon" in its sentence is the afternoon's, after "last night" the small hours
    ("The Mariners lost last night and finish the series this afternoon, first pitch at one-ten.", "2025-04-06", "one-ten", "2025-04-06T13:10"),
    ("The quake struck overnight, and at 3:45 aftershocks followed.", "2025-04-06", "3:45", "2025-04-06T03:45"),
    # a strike called "from" a day is a notice: its day is the nearer one, not the last gone by
    ("The union has called a further walkout by Network Rail staff from 6pm on Christmas Eve until 6am on 27 December.", "2022-12-17", "Christmas Eve", "2022-12-24"),
    ("Unions have called a strike from Monday.", "2022-12-17", "Monday", "2022-12-19"),
    # the first or last day of a month or a year, one day
    ("Today is the last day of June.", "2010-06-30", "the last day of June", "2010-06-30"),
    ("On the last day of 2005, crowds gathered.", "2010-06-30", "the last day of 2005", "2005-12-31"),
    ("Rent is due on the last day of next month.", "2010-06-30", "the last day of next month", "2010-07-31"),
    ("Rent is due on the last day of next month.", "2010-12-15", "the last day of next month", "2011-01-31"),
    ("She took office on June 3 and resigned on the last day of the month.", "2010-07-20", "the last day of the month", "2010-06-30"),
    ("The first day of the trial was long.", "2010-06-30", "The first day of the trial", None),
    ("It falls on the first day of the Year of the Tiger.", "2010-02-10", "the first day of the Year", None),
]


@pytest.mark.parametrize("text,ref,span,value", CASES)
def test_session23_rule(text, ref, span, value):
    got = {m.text: m.value for m in timeline.tag(text, ref)}
    assert got.get(span) == value, got


WEEK_AHEAD = "Your Sunday Briefing\n\nThe week ahead\n\n- Monday: Markets reopen.\n- Wednesday: Independence Day. Markets closed.\n- Friday: The June jobs report, at 8:30 a.m.\n"
WEEK_THAT_WAS = "The week that was\n\n- Monday: Markets fell.\n- Wednesday: Shares rose.\n"


def test_a_list_of_days_under_a_week_ahead_title_looks_ahead():
    got = {m.text: m.value for m in timeline.tag(WEEK_AHEAD, "2018-07-01")}
    assert (got["Monday"], got["Wednesday"], got["Friday"], got["8:30 a.m."]) == ("2018-07-02", "2018-07-04", "2018-07-06", "2018-07-06T08:30")


def test_a_list_of_days_with_no_week_ahead_title_keeps_its_tense():
    got = {m.text: m.value for m in timeline.tag(WEEK_THAT_WAS, "2018-07-01")}
    assert (got["Monday"], got["Wednesday"]) == ("2018-06-25", "2018-06-27")


TOUR_DATES = "The band will play the album in full.\n\nGravel Heart Live dates:\nMay 14-18 London O2 Academy Brixton\nMay 21 Glasgow Barrowland\nMay 23 Manchester Apollo\n"
TIMELINE = "Timeline:\nMay 21 Protesters gathered.\nMay 23 Police arrived.\n"


def test_dates_listed_under_a_schedule_title_are_the_coming_ones():
    got = {m.text: m.value for m in timeline.tag(TOUR_DATES, "2013-01-31")}
    assert (got["May 21"], got["May 23"]) == ("2013-05-21", "2013-05-23")


def test_dates_listed_under_another_title_keep_the_default():
    got = {m.text: m.value for m in timeline.tag(TIMELINE, "2013-01-31")}
    assert (got["May 21"], got["May 23"]) == ("2012-05-21", "2012-05-23")
