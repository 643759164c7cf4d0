"""Rule family: relative offsets and units (ago/later/earlier, last/next/this, earlier this month, anaphora)."""

import pytest

import timeline

from tests.temporal._cases import check, ids

REF = "2024-05-05"
CASES = [
    # "today is the eighth day of X", "it's the second day of X": the day it is said on
    ("Today is the eighth day of Desert Shield, the Pentagon said.", "1990-08-15", "the eighth day", "DATE", "1990-08-15"),
    ("It's the second day of an offensive by the Serbs.", "1998-03-06", "the second day", "DATE", "1998-03-06"),
    # "on the Nth day of X": counted from the day the story just told, as X's start
    ("The truce took effect on Friday. On the fourth day of the truce, the sides agreed to extend it.", "2023-12-07",
     "the fourth day", "DATE", "2023-12-04"),
    ("Talks resumed on Wednesday, Sept. 20, and on the third day of talks the bosses joined.", "2023-12-07",
     "the third day", "DATE", "2023-09-22"),
    # British "a week today", "a week on Friday": the day so many weeks on (not an anniversary)
    ("The payment is due a week today.", "2024-08-15", "a week today", "DATE", "2024-08-22"),
    ("The vote is a fortnight today.", "2024-08-15", "a fortnight today", "DATE", "2024-08-29"),
    ("We meet a week on Friday.", "2024-08-15", "a week on Friday", "DATE", "2024-08-23"),
    ("The final is a week tomorrow.", "2024-08-15", "a week tomorrow", "DATE", "2024-08-23"),
    ("It is a week today since the attack.", "2024-08-15", "a week", "DURATION", "P1W"),
    # "Tuesday week": a week after the coming Tuesday; a deadline in a past clause
    ("The hearing was adjourned until Tuesday week.", "2014-03-15", "Tuesday week", "DATE", "2014-03-25"),
    ("The next meeting is Monday week.", "2014-03-15", "Monday week", "DATE", "2014-03-24"),
    ("He was arrested on Monday week ago.", "2014-03-15", "Monday", "DATE", "2014-03-10"),  # control
    ("He said on Tuesday week-long talks would begin.", "2014-03-15", "Tuesday", "DATE", "2014-03-11"),  # control
    # "the year" told by its neighbours: a number after it, a year in apposition before it
    ("The church was founded in the year 325.", "2005-11-20", "the year 325", "DATE", "0325"),
    ("The year of 2002 was a turning point.", "2005-11-20", "The year of 2002", "DATE", "2002"),
    ("He was born in 1990, the year Beijing hosted the Asian Games.", "2005-11-20", "the year", "DATE", "1990"),
    ("Cases fell in the year of 2002-2003.", "2005-11-20", "2002", "DATE", "2002"),
    ("The war began three days ago.", REF, "three days ago", "DATE", "2024-05-02", None, "2024-05-02", "2024-05-02"),
    ("The war began six months ago.", REF, "six months ago", "DATE", "2023-11"),
    ("The war began nearly seven months ago.", REF, "nearly seven months ago", "DATE", "2023-10", "LESS_THAN", "2023-10-01", "2023-11-30"),
    ("It opened about two years ago.", REF, "about two years ago", "DATE", "2022", "APPROX", "2021-11-01", "2022-11-30"),
    # thousands and beyond: a year when there is one, else the past, said so
    ("The temple was built more than 1,300 years ago.", "2006-11-26", "more than 1,300 years ago", "DATE", "0706", "MORE_THAN", "0056-05-01", "0706-11-30"),
    ("The journey was made more than 1,400 years ago.", "2006-12-28", "more than 1,400 years ago", "DATE", "0606", "MORE_THAN", "0001-01-01", "0606-12-31"),
    ("Laozi was born 2,500 years ago.", "2006-11-21", "2,500 years ago", "DATE", "PAST_REF"),
    ("Dinosaurs went extinct 65 million years ago.", "2005-12-14", "65 million years ago", "DATE", "PAST_REF"),
    ("It opened more than four decades ago.", REF, "more than four decades ago", "DATE", "1984", "MORE_THAN"),
    ("They met two weeks ago.", REF, "two weeks ago", "DATE", "2024-W16"),
    ("A few years ago prices were lower.", REF, "A few years ago", "DATE", "PAST_REF"),
    ("Talks stalled last week.", REF, "last week", "DATE", "2024-W17", None, "2024-04-22", "2024-04-28"),
    ("Talks resume next week.", REF, "next week", "DATE", "2024-W19"),
    ("Sales fell last year.", REF, "last year", "DATE", "2023"),
    ("Sales rise this year.", REF, "this year", "DATE", "2024"),
    ("Prices rose last month.", REF, "last month", "DATE", "2024-04"),
    ("He visited earlier this month.", REF, "earlier this month", "DATE", "2024-05", "START", "2024-05-01", "2024-05-04"),
    ("A deal is due later this year.", REF, "later this year", "DATE", "2024", "END", "2024-05-06", "2024-12-31"),
    ("Rates rise early next year.", REF, "early next year", "DATE", "2025", "START"),
    ("Prices jumped in the past year.", REF, "the past year", "DURATION", "P1Y"),
    ("Crime fell over the past decade.", REF, "the past decade", "DURATION", "P10Y"),
    # "the past/last week|month": the stretch that ends now, as "the past two weeks" is P2W
    ("Prices rose 4 percent over the past week.", REF, "the past week", "DURATION", "P1W"),
    ("He has been in hospital for the last week.", REF, "the last week", "DURATION", "P1W"),
    ("Violence has swept the towns in the past month.", REF, "the past month", "DURATION", "P1M"),
    ("The talks collapsed in the last week of June.", REF, "the last week of June", "DATE", "2023-W26"),  # control
    ("It was the last week before the vote.", REF, "the last week", "DATE", "2024-W17"),  # control: a final week
    ("Sales fell last week.", REF, "last week", "DATE", "2024-W17"),  # control: the calendar week
    ("Wages lost ground in the last decade.", REF, "the last decade", "DATE", "201"),
    ("Plants will close over the next year.", REF, "the next year", "DATE", "2025"),
    ("It has ruled for the past century.", REF, "the past century", "DURATION", "P100Y"),
    ("It rained all year.", REF, "all year", "DURATION", "P1Y"),
    ("Profit fell in the year ended June 30.", REF, "the year", "DURATION", "P1Y"),
    ("Profit was flat for the year.", REF, "the year", "DATE", "2024"),
    ("Prices will settle by the end of the year.", REF, "the end of the year", "DATE", "2024", "END", "2024-09-01", "2024-12-31"),
    ("Rates were cut over the weekend.", REF, "the weekend", "DATE", "2024-W18-WE"),
    ("Traders sold ahead of the weekend.", "2024-05-08", "the weekend", "DATE", "2024-W19-WE"),
    # the coming weekend in a present clause late in the week, or after a deadline word
    ("More rain is likely over the weekend.", "2023-12-27", "the weekend", "DATE", "2023-W52-WE"),
    ("Officials warned of rolling blackouts through the weekend.", "2023-12-27", "the weekend", "DATE", "2023-W52-WE"),
    ("Parents were urged to postpone trick-or-treating until the weekend.", "2012-10-29", "the weekend", "DATE",
     "2012-W44-WE"),
    ("The road remained closed through the weekend.", "2023-12-27", "the weekend", "DATE", "2023-W51-WE"),  # control
    ("Fighting eased over the weekend.", "2023-12-27", "the weekend", "DATE", "2023-W51-WE"),  # control
    ("The index is up 5% since year-end.", REF, "year-end", "DATE", "2023", "END"),
    ("The deal will close by year-end.", REF, "year-end", "DATE", "2024", "END"),
    # anaphora: resolved against what the text already dated
    ("The bill passed on May 1, 2020. A year earlier it had failed.", REF, "A year earlier", "DATE", "2019"),
    ("The bill passed on May 1, 2020. The next day it was signed.", REF, "The next day", "DATE", "2020-05-02"),
    # a planned date does not anchor a past narrative
    # ("A day earlier" is TimeML's DURATION "A day" with a SIGNAL; the interval is where it lands)
    ("He is due to speak on May 24. A day earlier, 90 people were killed.", REF, "A day", "DURATION", "P1D", None, "2024-05-04", "2024-05-04"),
    ("The offensive began on May 6. Two weeks later, the army entered Rafah.", "2024-07-14", "Two weeks", "DURATION", "P2W", None, "2024-05-20", "2024-05-26"),
    ("Talks broke down on May 2. A few days later, they resumed.", REF, "A few days", "DURATION", "PXD", None, None, None),
    ("Just over an hour later, he spoke.", REF, "Just over an hour", "DURATION", "PT1H"),
    # counted from an event the text did not date: the elapsed time, not the reference plus it
    ("Two years on, little has changed.", REF, "Two years", "DURATION", "P2Y", None, None, None),
    ("A decade later, the city was rebuilt.", REF, "A decade", "DURATION", "P10Y", None, None, None),
    ("About two years later, the city was rebuilt.", REF, "two years", "DURATION", "P2Y", "APPROX", None, None),
    # a quarter named as the period reported still anchors ("of last year" is no comparison)
    ("Sales fell in the fourth quarter of last year. The following year they rose.", "2006-08-10", "The following year", "DATE", "2006"),
    ("Profit rose from the same quarter of 2004.", "2006-08-10", "the same quarter of 2004", "DATE", "2004-QX", None, "2004-01-01", "2004-12-31"),
    ("Sales fell in the last quarter of 2004.", "2006-10-20", "the last quarter of 2004", "DATE", "2004-Q4"),
    ("Sales rose in this year's period.", "2006-10-20", "this year's period", "DATE", "2006"),
    ("Profit rose in March from the same period a year ago.", "2005-11-10", "the same period a year ago", "DATE", "2004"),
    ("Third-quarter profit rose to $5 million from $4 million in the same period of 1996.", "1997-10-24",
     "the same period of 1996", "DATE", "1996-Q3"),
    ("It rose over the same period.", "2005-11-10", "the same period", "DATE", "XXXX"),
    ("A few minutes later, he spoke.", REF, "A few minutes", "DURATION", "PTXM"),
    ("The bill passed on May 1, 2020. Five minutes later, he spoke.", REF, "Five minutes", "DURATION", "PT5M"),
    ("Ten minutes later, he spoke.", REF, "Ten minutes", "DURATION", "PT10M"),
    # a day off a named day: one DATE over both (TBAQ "the day before last Tuesday's hearing")
    ("The day before last Tuesday's hearing, he flew to Miami.", "2000-02-24", "The day before last Tuesday", "DATE", "2000-02-21", None, "2000-02-21", "2000-02-21"),
    ("A day after Christmas, crowds gathered.", "2000-02-24", "A day after Christmas", "DATE", "1999-12-26"),
    ("On the eve of the Jan. 5 ruling, the family appealed.", "2000-02-24", "the eve of the Jan. 5", "DATE", "2000-01-04"),
    ("The day after Christmas, crowds gathered. The next day, they left.", "2000-02-24", "The next day", "DATE", "1999-12-27"),
    ("The day after the vote, talks resumed on Monday.", "2000-02-24", "Monday", "DATE", "2000-02-21"),
    # "the same period" outside a quarterly report: the period named before, or the year given;
    # a comparison period is not what later anaphora count from
    ("Births in the first nine months of 2005 fell from the same period of 2004.", "2005-11-10", "the same period of 2004", "DATE", "2004"),
    ("From January to October, trade rose over the same period of last year.", "2006-11-11", "the same period of last year", "DATE", "2005"),
    ("Births in the first nine months of 2005 fell from the same period of 2004; emigration rose in the same period.",
     "2005-11-10", "the same period", "DATE", "2005"),
    ("Trade rose in the first nine months of 2006, up from the same period of last year. Imports fell from a year earlier.",
     "2006-11-11", "a year earlier", "DATE", "2005"),
    ("Profit rose in the third quarter. A year ago it fell.", "1989-10-27", "A year ago", "DATE", "1988-Q3"),
    ("Profit rose in the third quarter. The firm was founded 25 years ago.", "1989-10-27", "25 years ago", "DATE", "1964"),
    ("Profit rose in the third quarter from the year-earlier quarter.", "1989-10-27", "the year-earlier quarter", "DATE", "1988-Q3"),
    ("Profit rose in the third quarter. Year-earlier profit was lower.", "1989-10-27", "Year-earlier", "DATE", "1988-Q3"),
    # the reported quarter is the one named as an adjective or by its end; a quarter
    # mentioned for context ("after a flat second quarter") does not replace it
    ("Third-quarter profit rose 20%. After a flat second quarter, prices rose. Costs were lower than a year ago.",
     "1989-11-01", "a year ago", "DATE", "1988-Q3"),
    ("Third-quarter profit fell. The trend will continue into the fourth quarter. In the year-ago period it rose.",
     "1989-10-26", "the year-ago period", "DATE", "1988-Q3"),
    ("In the fiscal first quarter, profit rose. For the quarter ended Sept. 30, sales rose. Year-earlier sales were lower.",
     "1989-10-26", "Year-earlier", "DATE", "1988-Q3"),
    # minutes and hours later: the elapsed time, no approximation of its own, landing on the
    # day the text is on
    ("Five minutes later, he was dead.", REF, "Five minutes", "DURATION", "PT5M", None, "2024-05-05", "2024-05-06"),
    ("On Monday police arrived. Two hours later the suspect fled.", "2024-05-08", "Two hours", "DURATION", "PT2H", None, "2024-05-06", "2024-05-07"),
    ("The plane landed two hours ago.", REF, "two hours ago", "DATE", "2024-05-05", "APPROX", "2024-05-04", "2024-05-05"),
    ("The vote was set for a week from Friday.", "2013-03-20", "a week from Friday", "DATE", "2013-03-29"),
    # hours count whole days from the day the text is on; an unknown hour may cross midnight
    ("The bomb exploded on Monday. 72 hours later, police arrested him.", "2013-03-20", "72 hours", "DURATION", "PT72H", None, "2013-03-21", "2013-03-21"),
    ("The bomb exploded on Monday. Five minutes later, police arrived.", "2013-03-20", "Five minutes", "DURATION", "PT5M", None, "2013-03-18", "2013-03-19"),
    ("He is due to address Congress on July 24. Two hours earlier, 90 people were killed.", "2013-07-20", "Two hours", "DURATION", "PT2H", None, "2013-07-19", "2013-07-20"),
    ("Minutes later, sirens sounded.", REF, "Minutes", "DURATION", "PTXM"),
    ("Hours earlier, officials had met.", REF, "Hours", "DURATION", "PTXH"),
    ("Years later, he returned.", REF, "Years", "DURATION", "PXY"),  # the elapsed time: a FUTURE_REF would put a past return after the reference
    # "the year" in a past clause early in January, after a date of the year just ended
    ("U.S. stock markets closed out their worst year since 1974 on Tuesday, with the Dow finishing the year down "
     "16.8 percent.", "2003-01-02", "the year", "DATE", "2002"),
    ("Oil prices rose 57 percent in 2007, ending the year at $95.98 on Monday.", "2008-01-02", "the year", "DATE",
     "2007"),
    ("Markets opened the year with a rally on Monday.", "2010-01-04", "the year", "DATE", "2010"),  # control
    # "this week" said on a Sunday: the week ahead when the clause looks ahead
    ("Rice is expected to visit India later this week.", "2008-11-30", "later this week", "DATE", "2008-W49", "END"),
    ("Rice visited India earlier this week.", "2008-11-30", "earlier this week", "DATE", "2008-W48", "START"),
    ("Cantor postponed all legislative business scheduled for this week.", "2011-01-09", "this week", "DATE",
     "2011-W02"),
    ("Prices fell this week.", "2011-01-09", "this week", "DATE", "2011-W01"),
    # a bare unit before "after/before" and an event: the elapsed time ("hours after the
    # crash"); "in the weeks before the shooting" is a stretch TBAQ dates by the event, left out
    ("Inspections were ordered hours after the crash.", REF, "hours", "DURATION", "PTXH"),
    ("The deal comes days before the inauguration.", REF, "days", "DURATION", "PXD"),
    ("He called minutes before the blast.", REF, "minutes", "DURATION", "PTXM"),
    ("Years after the war, he returned.", REF, "Years", "DURATION", "PXY"),
    # counted from a named day: the day itself, not the week or year it falls in
    ("The talks ended two weeks ago today.", REF, "two weeks ago today", "DATE", "2024-04-21", None, "2024-04-21", "2024-04-21"),
    ("It was a year ago today that the war began.", REF, "a year ago today", "DATE", "2023-05-05"),
    ("The law took effect about a year ago today.", REF, "about a year ago today", "DATE", "2023-05-05", "APPROX", "2022-11-01", "2023-11-30"),
    ("Three days from today the vote will be held.", REF, "Three days from today", "DATE", "2024-05-08"),
    ("The rule applies a year from tomorrow.", REF, "a year from tomorrow", "DATE", "2025-05-06"),
    ("The vote is set for a week from Friday.", REF, "a week from Friday", "DATE", "2024-05-17"),  # Sunday ref: the coming Friday
    # with nothing to count from, the usual offset, "today" apart
    ("It happened a decade ago today.", REF, "a decade ago", "DATE", "2014"),
    ("It happened a few weeks ago today.", REF, "a few weeks ago", "DATE", "PAST_REF"),
    ("The vote was scheduled for a week from Friday.", "2024-05-08", "a week from Friday", "DATE", "2024-05-17"),
    ("They will meet the week after next.", REF, "the week after next", "DATE", "2024-W20", None, "2024-05-13", "2024-05-19"),
    ("He was elected the year before last.", REF, "the year before last", "DATE", "2022"),
    ("The show returns the month after next.", REF, "the month after next", "DATE", "2024-07"),
]


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_relative(case):
    check(case)


def test_from_a_day_that_opens_a_range_is_a_duration_then_the_range():
    # "for two days from Tuesday to Thursday": not "two days from Tuesday" (= Thursday)
    got = [(m.text, m.value) for m in timeline.tag("The crossing opens for two days from Tuesday to Thursday.", "2005-11-14")]
    assert got == [("two days", "P2D"), ("Tuesday", "2005-11-15"), ("Thursday", "2005-11-17")]


def test_exact_offsets_without_reference_stay_underspecified():
    (m,) = timeline.tag("The vote is set for a week from Friday.")
    assert (m.text, m.value) == ("a week from Friday", "XXXX-XX-XX")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a stretch counted from a day: the duration and the day, not one day
        ("The offer is valid for 30 days from today.", [("30 days", "P30D"), ("today", "2024-05-05")]),
        ("The plant was shut for three weeks from Monday.", [("three weeks", "P3W"), ("Monday", "2024-04-29")]),
        ("The talks resume two weeks from Friday morning.", [("two weeks", "P2W"), ("Friday morning", "2024-05-10TMO")]),
        # "the week after next" does not take a following "next Tuesday" or "next month's"
        ("They meet the week after next Tuesday.", [("next Tuesday", "2024-05-07")]),
        ("It comes the week after next month's vote.", [("next month", "2024-06")]),
    ],
)
def test_counted_from_a_day_only_when_nothing_else_reads_it(text, expected):
    assert [(m.text, m.value) for m in timeline.tag(text, REF)] == expected


def test_exact_offset_outside_the_calendar_keeps_the_span_unresolved():
    (m,) = timeline.tag("Two days ago today it rained.", "0001-01-01")
    assert (m.text, m.value) == ("Two days ago today", "XXXX-XX-XX")


@pytest.mark.parametrize("text", [
    "He was seen in the neighborhood in the weeks before the shooting.",
    "In the first days after the vote, markets fell.",
    "He ruled for life, naming months after himself.",
])
def test_a_stretch_before_or_after_an_event_is_not_an_elapsed_time(text):
    assert not [m for m in timeline.tag(text, REF) if m.rule == "vague_ago"]


@pytest.mark.parametrize("text", [
    "Fighting raged on the eighth day of duels.",  # no day told before: its start is unknown
    "It began on Friday. On the second day of the month, prices rose.",  # the calendar's day
])
def test_nth_day_needs_a_told_start(text):
    assert [m.text for m in timeline.tag(text, "2023-12-07") if m.rule == "nth_day_of"] == []


def test_a_final_year_is_no_stretch_ending_now():
    # "the last year covered by the treaty" is a final year (which year, the tagger does not
    # work out), not the twelve months up to now
    from tests.temporal._cases import find

    m = find("Emissions are capped until 2012, the last year covered by the treaty.", REF, "the last year")
    assert m.type == "DATE"


def test_the_year_that_ended_is_a_period():
    from tests.temporal._cases import find

    m = find("Sony will report results for the fiscal year that ended on March 31.", "2011-05-01", "the fiscal year")
    assert (m.type, m.value) == ("DURATION", "P1Y")
    # control: "the year that the wall fell" is a year a clause describes, left untagged
    assert [x.text for x in timeline.tag("It was the year that the wall fell.", "2011-05-01")] == []

