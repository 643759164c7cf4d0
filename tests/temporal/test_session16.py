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


@pytest.mark.parametrize("text,span,value", [
    ("In the years that followed, the guerrillas waged war on the troops.", "the years", "PXY"),
    ("Over the years many more patients were saved.", "the years", "PXY"),
    ("In the months since, prices have fallen.", "the months", "PXM"),
    ("The firm has changed a lot over the decades.", "the decades", "PXDE"),
])
def test_the_units_looked_back_over(text, span, value):
    got = {m.text: (m.type, m.value) for m in timeline.tag(text, "2000-04-01")}
    assert got[span] == ("DURATION", value)


@pytest.mark.parametrize("text", [
    "He was seen in the weeks before the shooting.",  # "in the ..." needs what followed
    "Costs are spread over the years 2007 to 2014.",  # a named stretch
    "Over the years of war, they fled.",
    "They lived there in the years.",
])
def test_the_units_not_a_stretch(text):
    assert not [m for m in timeline.tag(text, "2000-04-01") if m.rule == "duration_over_the"]


@pytest.mark.parametrize("text,ref,span,value", [
    # counted from a told year up to the present, in a present clause: how long it has been
    ("The plant exploded in 1986. Thirty years on, the zone is empty.", "2016-04-26", "Thirty years", "P30Y"),
    ("The torch relay was in 1956. Forty-four years on, the organisers are taking no chances.", "2000-06-10", "Forty-four years", "P44Y"),
    ("The festival began in 1953. Seventy-one years on, the festival runs four theatres.", "2024-05-18", "Seventy-one years", "P71Y"),
    # near misses: a past event keeps its date, a plan ahead keeps its date
    ("The bloc expanded on May 1, 2004. That euphoria gave way to despair just over a year later.", "2005-12-13", "just over a year later", "2005"),
    ("The elections in 2008 would hold polls again two years later.", "2006-12-13", "two years later", "2010"),
    ("The festival began in 1953. The theatre opened four years later.", "2024-05-18", "four years later", "1957"),
])
def test_years_on_up_to_the_present(text, ref, span, value):
    assert values(text, ref)[span] == value


@pytest.mark.parametrize("text,ref,span,value", [
    # "the following <month>" counts from a season or quarter told before it
    ("Talks broke down in the autumn of 1988, and the owners held out until the following June.", "1991-10-05", "the following June", "1989-06"),
    ("The government fell in the summer of 1979, and the following April he became president.", "1996-05-14", "the following April", "1980-04"),
    ("The firm lost money in the third quarter of 1990, and the following March it was sold.", "1996-05-14", "the following March", "1991-03"),
])
def test_following_month_after_a_season(text, ref, span, value):
    assert values(text, ref)[span] == value


@pytest.mark.parametrize("text,value", [
    # a tenseless clause opening with a subordinator takes the main clause's time
    ("When the five judges file into court on Thursday to deliver judgment, 14 years will have passed.", "1993-03-04"),
    ("If talks fail on Thursday, the strike will go ahead.", "1993-03-04"),
    # near misses: a past subordinate clause; a main clause that does not look ahead
    ("When the court met on Thursday, it ruled against the quarry.", "1993-02-25"),
    ("After the hearing on Thursday, the residents went home.", "1993-02-25"),
])
def test_fronted_subordinate_clause_takes_the_main_clause_time(text, value):
    assert values(text, "1993-03-02")["Thursday"] == value


def test_a_season_stated_with_its_year_lends_it_to_a_month_after_it():
    text = "The court did not hear the appeal until the autumn of 1991, and it adjourned the hearing in November."
    assert values(text, "1993-03-02")["November"] == "1991-11"
    text = "In the winter of 2010, snow fell for weeks. In February the roads closed."
    assert values(text, "2013-03-02")["February"] == "2011-02"


@pytest.mark.parametrize("text,span,value", [
    ("The quarry opened in the summer of 1979. By that Christmas, 31 households had signed a petition.", "that Christmas", "1979-12-25"),
    ("They married in June 1990, and the following Christmas their son was born.", "the following Christmas", "1990-12-25"),
    ("They met in June 1990; the previous Easter they had split up.", "the previous Easter", "1990-04-15"),
    ("He said that Christmas was quiet.", "Christmas", "1992-12-25"),  # a conjunction, not a determiner
])
def test_holiday_counted_from_the_story(text, span, value):
    assert values(text, "1993-03-02")[span] == value


@pytest.mark.parametrize("text,span,value", [
    # a clock of every day has no date of its own
    ("The temple is open daily from 6 a.m. to 6 p.m.", "6 a.m.", "XXXX-XX-XXT06:00"),
    ("Operators take tourists into the zone every day except Sunday, from Kiev at 08:00.", "08:00", "XXXX-XX-XXT08:00"),
    ("The museum is open Tuesday to Saturday from 10 a.m. to 4 p.m.", "4 p.m.", "XXXX-XX-XXT16:00"),
    ("Lane closures will run between 9 a.m. and 3:30 p.m. on weekdays.", "9 a.m.", "XXXX-XX-XXT09:00"),
    # near misses: a past clause, a stretch of particular days
    ("Trains ran every day, and the last one left at 11 p.m.", "11 p.m.", "2016-04-26T23:00"),
    ("The talks ran from Tuesday to Saturday, ending at 4 p.m.", "4 p.m.", "2016-04-26T16:00"),
])
def test_habitual_clock(text, span, value):
    assert values(text, "2016-04-26")[span] == value


def test_weekday_restating_a_lunar_holiday():
    assert values("Diwali itself is on Saturday.", "2009-10-12")["Saturday"] == "2009-10-17"


@pytest.mark.parametrize("text,ref,value", [
    ("The rush for Diwali has already begun.", "2009-10-12", "2009-10-17"),  # five days ahead
    ("Shops were closed for Christmas.", "2009-12-20", "2009-12-25"),
    ("Shops were closed for Christmas.", "2009-11-10", "2008-12-25"),  # not within the week before it
])
def test_a_holiday_just_ahead_that_something_is_for(text, ref, value):
    got = {m.text: m.value for m in timeline.tag(text, ref)}
    assert next(v for k, v in got.items() if k in ("Diwali", "Christmas")) == value


@pytest.mark.parametrize("text,ref,span,value", [
    # a quarter or half just over, its figures still to come
    ("Infosys will open the October-December quarter results season on January 12.", "2012-01-02", "the October-December quarter", "2011-Q4"),
    ("It will report results for the April-September half on November 5.", "2009-10-01", "the April-September half", "2009-04"),
    ("The Cabinet Office will release GDP data for the January-March quarter on May 20.", "2019-05-07", "the January-March quarter", "2019-Q1"),
    # near miss: a quarter still to come
    ("The company expects growth in the July-September quarter.", "2012-08-02", "the July-September quarter", "2012-Q3"),
])
def test_a_period_just_over(text, ref, span, value):
    assert values(text, ref)[span] == value


@pytest.mark.parametrize("text,day,value", [
    # a reduced relative of a plan, "due to" right after a noun, looks ahead
    ("Some of the Social Security checks due to go out on Wednesday could be delayed.", "Wednesday", "2011-08-03"),
    ("Leaders arrived for a landmark summit due to open Saturday.", "Saturday", "2011-08-06"),
    # near misses: "due to" giving a cause
    ("Schools closed due to snow on Monday.", "Monday", "2011-08-01"),
    ("The delay due to fog on Monday hit flights.", "Monday", "2011-08-01"),
])
def test_reduced_due_to(text, day, value):
    assert values(text, "2011-08-01")[day] == value


@pytest.mark.parametrize("text,span,value", [
    # a "<year>, when ..." clause dates its yearless dates in that year
    ("It is the worst blackout since 2001, when the northern grid failed on January 2.", "January 2", "2001-01-02"),
    ("Apple has launched an iPhone every September except in 2020, when the pandemic pushed the launch to October.", "October", "2020-10"),
    ("It will reopen in 2013, when the works end in March.", "March", "2013-03"),
    # near miss: another clause between
    ("It was the worst blackout since 2001. The grid failed again on January 2.", "January 2", "2012-01-02"),
])
def test_when_clause_after_a_year(text, span, value):
    assert values(text, "2012-07-31")[span] == value


@pytest.mark.parametrize("text,span,value", [
    # a short sentence that names a past year frames the story in it
    ("Then there was 2000. McCain beat Bush in New Hampshire on February 1.", "February 1", "2000-02-01"),
    ("The year was 1968. In April, King was shot.", "April", "1968-04"),
    # near miss: a year in a longer sentence is not a frame of its own
    ("The firm was founded in 2000 by two engineers. It opened a plant on February 1.", "February 1", "2008-02-01"),
])
def test_a_year_sentence_frames_the_story(text, span, value):
    assert values(text, "2008-02-01")[span] == value


@pytest.mark.parametrize("text,value", [
    # a relative clause set off by commas after a fronted day does not date it
    ("On Monday, President Préval, whose term ends next month, said he would stay in office.", "2011-01-10"),
    ("On Monday, the minister, who resigned last year, will speak.", "2011-01-17"),
])
def test_fronted_day_skips_a_relative_aside(text, value):
    assert values(text, "2011-01-12")["Monday"] == value


@pytest.mark.parametrize("text,span,value", [
    # the baseline a figure moved from is past
    ("More than 800,000 Haitians still live under tarpaulins, down from 1.5 million in the summer.", "the summer", "2010-SU"),
    ("Prices are down from a peak in March.", "March", "2010-03"),
    # near miss: a move still to come
    ("Rates will rise from 5 percent in June.", "June", "2011-06"),
])
def test_baseline_of_a_move_is_past(text, span, value):
    assert values(text, "2011-01-12")[span] == value


def test_relative_of_the_dated_noun_still_dates_it():
    text = "The May WTI contract, which expires on Tuesday, fell 40 percent."
    assert values(text, "2020-04-21")["May"] == "2020-05"


@pytest.mark.parametrize("text,present", [
    ("Police were called to 1600 Elm Street on Tuesday.", False),  # a house number
    ("Fire broke out at a house on 1998 Oak Lane.", False),
    ("By 2011 Main Street shops had closed.", True),  # a year after a time preposition
    ("China has faced a resolution every year since the 1989 Tiananmen Square massacre.", True),
])
def test_house_numbers_are_no_years(text, present):
    assert any(m.rule == "year" for m in timeline.tag(text, "2007-05-22")) is present


@pytest.mark.parametrize("text,ref,span,value", [
    ("Modi will hoist the flag at the Red Fort on Independence Day tomorrow.", "2023-08-14", "Independence Day", "2023-08-15"),
    ("Pubs will close early on St Stephen's Day.", "2016-12-20", "St Stephen's Day", "2016-12-26"),
    ("Dublin celebrates Bloomsday next month.", "2016-05-02", "Bloomsday next month", "2016-06-16"),
    ("Golden Week begins with Constitution Day, Tokyo officials said.", "2016-05-02", "Constitution Day", "2016-05-03"),
    ("The early May bank holiday falls on Monday.", "2010-05-01", "early May bank holiday", "2010-05-03"),
    ("Traffic will be heavy over the August bank holiday weekend.", "2010-06-27", "August bank holiday weekend", "2010-W34-WE"),
    ("Roadworks will stop for the August bank holiday, Dublin City Council said.", "2010-06-27", "August bank holiday", "2010-08-02"),
    ("Offices shut for Gandhi Jayanti.", "2015-09-28", "Gandhi Jayanti", "2015-10-02"),
])
def test_more_national_holidays(text, ref, span, value):
    assert values(text, ref)[span] == value


def test_just_after_midnight_on_a_date_is_its_start():
    got = {m.text: m.value for m in timeline.tag("Diana died shortly after midnight on Aug. 31, 1997.", "2015-02-12")}
    assert got["shortly after midnight"] == "1997-08-30T24:00"  # = 1997-08-31T00:00


@pytest.mark.parametrize("text,value", [
    ("Couples rushed to marry on 11/11/11.", "2011-11-11"),  # the same number for month and day
    ("The deal was signed on 3/15/09.", "2009-03-15"),
])
def test_numeric_date_with_short_year(text, value):
    assert [m.value for m in timeline.tag(text, "2011-11-10")] == [value]


@pytest.mark.parametrize("text,value", [
    ("On Monday, Victoria Day, the town hosts fireworks over the lake.", "2024-05-20"),  # a schedule
    ("Wen told his French hosts Monday that more effort was needed.", "2024-05-13"),  # a noun
])
def test_hosts_as_a_schedule_verb(text, value):
    assert values(text, "2024-05-18")["Monday"] == value


def test_earth_day_and_canadian_provinces():
    assert values("Millions marked Earth Day on Thursday.", "2010-04-23")["Earth Day"] == "2010-04-22"
    got = values("Ontario's Labour Day weekend traffic was heavy.", "2010-09-08")
    assert got["Labour Day weekend"] == "2010-W35-WE"


def test_a_baseline_quarter_is_not_the_one_reported():
    text = ("Net profit rose 9% in the quarter ended June 30. Revenue was up 6% from the January-March "
            "quarter. The company hired 4,200 people during the quarter.")
    got = [(m.text, m.value) for m in timeline.tag(text, "2013-07-12")]
    assert got[-1] == ("the quarter", "2013-Q2")


@pytest.mark.parametrize("text,span,value", [
    ("Polls close at 10 p.m., and results are expected at about 3 a.m.", "3 a.m.", "2014-09-19T03:00"),
    ("Polls closed at 10 p.m. and the count began at 2 a.m.", "2 a.m.", "2014-09-18T02:00"),  # past: no day told past midnight
])
def test_schedule_ahead_crosses_midnight(text, span, value):
    assert values(text, "2014-09-18")[span] == value
