"""Business periods from the black-box probes (REPORT-business-sports-numbers.md, section C, and
finding 26 of REPORT-general.md): each table is one class, with controls that must keep working."""

import pytest

from tests.temporal._cases import check, ids

# "a year earlier / a year ago" after a monthly figure: the same month a year back; the day of
# the report ("..., the company said on Wednesday") does not hide the quarter under discussion
YEAR_EARLIER = [
    ("China's exports rose 1.5 percent in April from a year earlier, customs data showed on Thursday.",
     "2024-05-09", "a year earlier", "DATE", "2023-04"),
    ("Industrial output rose 6.7 percent in April from a year ago.", "2024-05-09", "a year ago", "DATE", "2023-04"),
    ("Retail sales in June rose 2.3 percent from a year earlier.", "2011-07-14", "a year earlier", "DATE", "2010-06"),
    ("Japanese core consumer prices rose in November from a year earlier. Tokyo prices in December rose "
     "0.2 percent from a year earlier.", "2006-12-26", "a year earlier", "DATE", "2005-11"),
    ("Cisco's third-quarter profit fell 41 percent, the company said on Wednesday. "
     "Revenue fell 13 percent from a year earlier.", "2024-05-16", "a year earlier", "DATE", "2022-Q3"),
    ("Alcoa's second-quarter profit fell 60 percent, the company said on Wednesday. "
     "Revenue fell 30 percent from a year earlier.", "2009-07-08", "a year earlier", "DATE", "2008-Q2"),
    ("Walmart reported first-quarter net income of $5.1 billion on Thursday. Revenue rose 6 percent "
     "from a year earlier.", "2024-05-16", "a year earlier", "DATE", "2023-Q1"),
    # controls: the quarter first, then the report day; a year alone; a deictic "last month"
    ("Alcoa said on Monday its second-quarter profit fell 60 percent. Revenue fell 30 percent from a year earlier.",
     "2009-07-08", "a year earlier", "DATE", "2008-Q2"),
    ("He met her in 2019. A year earlier, he had moved.", "2024-05-09", "A year earlier", "DATE", "2018"),
    ("The firm reported last month that its net profit slumped 44 percent from a year earlier.",
     "1997-04-24", "a year earlier", "DATE", "1996"),
    ("In October, the month after the coup, sales plummeted by 10.5 percent from one year earlier.",
     "2006-12-03", "one year earlier", "DATE", "2005"),
    # the report day in the same sentence as a figure of another period: not the quarter
    ("Profit rose in the third quarter. But the company said Friday that it had losses through the first nine "
     "months, compared with earnings a year earlier.", "1989-10-30", "a year earlier", "DATE", "1988"),
    # a figure for a period longer than the quarter, in the same sentence: that period a year
    # back, as its year ("year-earlier", "the 1988 period" too); a quarter named after it wins
    ("Its third-quarter loss widened. For the nine months, losses totaled $212 million, compared with net "
     "income of $48.7 million a year earlier.", "1989-10-30", "a year earlier", "DATE", "1988"),
    ("Its third-quarter loss widened. For the nine months, it had a loss, compared with year-earlier net income.",
     "1989-10-30", "year-earlier", "DATE", "1988"),
    ("Its third-quarter net rose. In the first nine months, net was $306 million, compared with a loss in the "
     "1988 period.", "1989-10-30", "the 1988 period", "DATE", "1988"),
    ("In the six months to September, revenue rose 8% from a year earlier.", "2023-11-10", "a year earlier", "DATE",
     "2022"),  # not the month the period ends in
    ("Its third-quarter net rose. Net for the first half fell, but net in the quarter rose from a year earlier.",
     "1989-10-30", "a year earlier", "DATE", "1988-Q3"),  # control: the quarter named after
    # the comparison month does not anchor what follows: "the previous month" is before February
    ("Machinery orders in February rose 9.9 percent from a year earlier, after growing 14.8 percent in the "
     "previous month.", "1997-04-10", "the previous month", "DATE", "1997-01"),
]


@pytest.mark.parametrize("case", YEAR_EARLIER, ids=ids(YEAR_EARLIER))
def test_year_earlier(case):
    check(case)


# "the previous / prior / preceding quarter": the quarter before the one under discussion
PREVIOUS_QUARTER = [
    ("GDP grew 1.6 percent in the first quarter, down from 3.4 percent in the previous quarter.",
     "2024-05-15", "the previous quarter", "DATE", "2023-Q4"),
    ("Net profit rose 8 percent in the second quarter from the previous quarter.",
     "2024-08-10", "the previous quarter", "DATE", "2024-Q1"),
    ("Revenue in the fourth quarter rose from the prior quarter.", "2024-08-10", "the prior quarter", "DATE", "2023-Q3"),
    ("The economy shrank in the second quarter after growing 0.2 percent in the preceding quarter.",
     "2024-08-10", "the preceding quarter", "DATE", "2024-Q1"),
    # control: with no quarter named, the quarter before the reference's
    ("Sales rose in the previous quarter.", "2024-08-10", "the previous quarter", "DATE", "2024-Q2"),
    ("Sales rose in the past quarter.", "2024-08-10", "the past quarter", "DATE", "2024-Q2"),
]


@pytest.mark.parametrize("case", PREVIOUS_QUARTER, ids=ids(PREVIOUS_QUARTER))
def test_previous_quarter(case):
    check(case)


# "the year to March 31", "the week to April 10", "the year through June": a stretch of time
# ending then, as "the year ended June 30" already is (TBAQ: DURATION P1Y, 5 of 5)
UNIT_TO_DATE = [
    ("Toyota posted net profit of 4.9 trillion yen for the year to March 31.", "2024-05-08", "the year", "DURATION", "P1Y"),
    ("Sales rose 5 percent in the year through March.", "2024-05-08", "the year", "DURATION", "P1Y"),
    ("Crude inventories rose 1.4 million barrels in the week to May 10.", "2024-05-16", "the week", "DURATION", "P1W"),
    ("Deaths peaked in the week to April 10.", "2020-04-15", "the week", "DURATION", "P1W"),
    ("Inflation slowed in the year to June.", "2011-04-15", "the year", "DURATION", "P1Y"),
    ("Inflation slowed in the year to June.", "2011-04-15", "June", "DATE", "2010-06"),
    ("The government predicted 2.0 percent growth in the year to March 2008.", "2006-12-19", "the year", "DURATION", "P1Y"),
    # controls
    ("Net profit rose for the year ended March 31.", "2024-05-08", "the year", "DURATION", "P1Y"),
    ("He moved to London in the year to come.", "2024-05-16", "the year", "DATE", "2024"),
    ("Shares have risen 10 percent in the year to date.", "2024-05-16", "the year", "DATE", "2024"),
    ("Visitors came in the week to see the show.", "2024-05-16", "the week", "DATE", "2024-W20"),
]


@pytest.mark.parametrize("case", UNIT_TO_DATE, ids=ids(UNIT_TO_DATE))
def test_unit_to_date(case):
    check(case)


# Reuters' "end-June", "end-2025", "mid-year" and a position before an ordinal quarter or half
POSITIONS = [
    ("The ECB is expected to cut rates by end-June.", "2024-05-20", "end-June", "DATE", "2024-06", "END"),
    ("Inflation should return to target by end-2025.", "2024-05-20", "end-2025", "DATE", "2025", "END"),
    ("Foreign reserves stood at $3.2 trillion at end-April.", "2024-05-20", "end-April", "DATE", "2024-04", "END"),
    ("Debt rose at end-March 2024.", "2024-05-20", "end-March 2024", "DATE", "2024-03", "END"),
    ("Growth will pick up by mid-year.", "2024-05-20", "mid-year", "DATE", "2024", "MID"),
    ("UN officials have forecast famine by mid-year.", "1997-04-22", "mid-year", "DATE", "1997", "MID"),
    ("Sales slowed in midyear, the company said.", "2024-02-20", "midyear", "DATE", "2023", "MID"),
    ("Shipments are expected to resume by the end of the third quarter.", "2024-05-20",
     "the end of the third quarter", "DATE", "2024-Q3", "END", "2024-09-01", "2024-09-30"),
    ("Demand picked up at the start of the second quarter.", "2024-05-20",
     "the start of the second quarter", "DATE", "2024-Q2", "START"),
    ("Sales slowed by the end of the first half.", "2024-05-20", "the end of the first half", "DATE", "2024-H1", "END"),
    ("The pipeline would be commissioned by the end of the first quarter of 2007.", "2006-11-03",
     "the end of the first quarter of 2007", "DATE", "2007-Q1", "END"),
    ("A cut is due at the tail end of the first quarter of 2007.", "2006-12-15",
     "the tail end of the first quarter of 2007", "DATE", "2007-Q1", "END"),
    # controls
    ("Rates will fall by mid-2025.", "2024-05-20", "mid-2025", "DATE", "2025", "MID"),
    ("Profit rose in the third quarter.", "2024-11-20", "the third quarter", "DATE", "2024-Q3", None),
    ("The year-end rally faded.", "2024-05-20", "year-end", "DATE", "2023", "END"),
]


@pytest.mark.parametrize("case", POSITIONS, ids=ids(POSITIONS))
def test_positions(case):
    check(case)


@pytest.mark.parametrize("text", [
    "They trailed 14-3 at the end of the first quarter of the game.",
    "The Celtics led by 10 points at the end of the third quarter.",
    "The high-end June sale drew crowds.",
])
def test_positions_not_business(text):
    import timeline

    assert [m.text for m in timeline.tag(text, "2024-05-20") if "quarter" in m.text or "end" in m.text] == []


# month ranges as one period; a quarter named by its end month, with or without "ended"
MONTH_PERIODS = [
    ("Profit fell 8% in the October-December quarter.", "2024-05-08", "the October-December quarter", "DATE", "2023-Q4"),
    ("GDP grew 0.6 percent in the April to June quarter.", "2024-05-21", "the April to June quarter", "DATE", "2023-Q2"),
    ("Japan's economy shrank an annualised 2.0 percent in January-March, data showed.", "2024-05-09",
     "January-March", "DATE", "2024-Q1"),
    ("The U.S. economy grew 2.2 percent in the July-to-September period.", "2006-11-29",
     "the July-to-September period", "DATE", "2006-Q3"),
    ("Growth in the January-June period was weak.", "2006-11-06", "the January-June period", "DATE", "2006-H1"),
    # no calendar quarter or half: the year that holds the months (session 18; was the first month)
    ("Sales fell in the January-April period.", "2024-05-09", "the January-April period", "DATE", "2024",
     None, "2024-01-01", "2024-04-30"),
    ("The jobless rate fell to 5.3 percent in the August-October period.", "2005-11-17",
     "the August-October period", "DATE", "2005", None, "2005-08-01", "2005-10-31"),
    ("Exports rose in January-March from a year earlier.", "2024-05-09", "a year earlier", "DATE", "2023-Q1"),
    ("Apple's revenue fell in the December quarter.", "2024-05-09", "the December quarter", "DATE", "2023-Q4"),
    ("BHP's output rose in the June quarter, it said.", "2024-08-06", "the June quarter", "DATE", "2024-Q2"),
    ("Net income rose in the quarter ended June.", "2024-05-22", "the quarter", "DATE", "2023-Q2"),
    ("Reliance's profit rose in the quarter to June.", "2024-05-09", "the quarter", "DATE", "2023-Q2"),
    ("Nvidia said revenue in the quarter ending in April tripled.", "2024-05-16", "the quarter", "DATE", "2024-Q1",
     None, "2024-02-01", "2024-04-30"),
    # controls: two months linked as a range; the quarter ended on a day
    ("Fighting raged from January to March.", "2024-05-09", "January", "DATE", "2024-01"),
    ("Fighting raged from January to March.", "2024-05-09", "March", "DATE", "2024-03"),
    ("Net income rose in the quarter ended June 30.", "2024-08-22", "the quarter", "DATE", "2024-Q2"),
]


@pytest.mark.parametrize("case", MONTH_PERIODS, ids=ids(MONTH_PERIODS))
def test_month_periods(case):
    check(case)


# a fiscal quarter's label is given the report's year (TBAQ: "the fiscal first quarter" 1989-Q1),
# whether or not "ended June 30" follows; a calendar quarter not yet begun stays last year's
FISCAL_QUARTERS = [
    ("Microsoft said fiscal fourth-quarter revenue rose 15 percent to $64.7 billion.", "2024-07-30",
     "fiscal fourth-quarter", "DATE", "2024-Q4"),
    ("Oracle reported fiscal fourth-quarter profit on Tuesday.", "2024-07-30", "fiscal fourth-quarter", "DATE", "2024-Q4"),
    ("Cisco's fiscal third-quarter revenue fell 13 percent.", "2024-05-15", "fiscal third-quarter", "DATE", "2024-Q3"),
    ("Microsoft said revenue rose in the fiscal fourth quarter ended June 30.", "2024-07-30",
     "the fiscal fourth quarter", "DATE", "2024-Q4"),
    ("It earned $4 million, or 12 cents a share, for the fiscal-first quarter ended Sept. 30.", "1989-10-25",
     "the fiscal-first quarter", "DATE", "1989-Q1"),
    ("Microsoft said fiscal fourth-quarter revenue rose 15 percent. Revenue rose 9 percent from a year earlier.",
     "2024-07-30", "a year earlier", "DATE", "2023-Q4"),
    # controls
    ("The company's fourth-quarter profit rose.", "2024-02-15", "fourth-quarter", "DATE", "2023-Q4"),
    ("Cisco's third-quarter profit fell 41 percent.", "2024-05-16", "third-quarter", "DATE", "2023-Q3"),
]


@pytest.mark.parametrize("case", FISCAL_QUARTERS, ids=ids(FISCAL_QUARTERS))
def test_fiscal_quarters(case):
    check(case)


# quarter and half codes before an earnings noun, with a stated or fiscal year; "FY25" and
# split years ("fiscal 2023-24", "the 2022-23 season") as one DATE: the first year's value,
# stretched to the end of the second
CODES_AND_FISCAL_YEARS = [
    ("The bank's Q1 profit beat forecasts.", "2024-05-08", "Q1", "DATE", "2024-Q1"),
    ("H1 revenue rose 9 percent.", "2024-05-08", "H1", "DATE", "2024-H1"),
    ("Q1 GDP grew 1.6 percent.", "2024-05-08", "Q1", "DATE", "2024-Q1"),
    ("The company posted a 1Q loss.", "2024-05-08", "1Q", "DATE", "2024-Q1"),
    ("Apple's Q1 revenue rose.", "2024-05-08", "Q1", "DATE", "2024-Q1"),
    ("Shipments in 3Q 2023 fell 5 percent.", "2024-05-22", "3Q 2023", "DATE", "2023-Q3"),
    ("Revenue for Q4 FY24 rose 9 percent.", "2024-05-22", "Q4 FY24", "DATE", "2024-Q4"),
    ("The bank's 1H FY24 profit rose.", "2024-05-22", "1H FY24", "DATE", "2024-H1"),
    ("Infosys expects revenue growth of 1-3% in FY25.", "2024-06-05", "FY25", "DATE", "2025"),
    ("Profit rose 20% in fiscal 2023-24.", "2024-06-05", "fiscal 2023-24", "DATE", "2023", None, "2023-01-01", "2024-12-31"),
    ("Revenue rose in FY2024/25.", "2024-06-05", "FY2024/25", "DATE", "2024", None, "2024-01-01", "2025-12-31"),
    ("Revenue rose in FY24/25.", "2024-06-05", "FY24/25", "DATE", "2024", None, "2024-01-01", "2025-12-31"),
    ("Arsenal finished second in the 2022-23 season.", "2024-05-11", "2022-23", "DATE", "2022", None,
     "2022-01-01", "2023-12-31"),
    ("Profit rose in the 2024/25 fiscal year.", "2024-06-05", "2024/25", "DATE", "2024"),
    # controls: a range of years that do not follow each other stays two years
    ("The armistice ended the 1950-53 Korean War.", "1997-04-19", "1950", "DATE", "1950"),
    ("The armistice ended the 1950-53 Korean War.", "1997-04-19", "53", "DATE", "1953"),
    ("The 1998-2000 slump.", "2024-05-09", "2000", "DATE", "2000"),
    ("Revenue rose in FY2024.", "2024-06-05", "FY2024", "DATE", "2024"),
    ("Prices rose in Q2 2024.", "2024-08-05", "Q2 2024", "DATE", "2024-Q2"),
]


@pytest.mark.parametrize("case", CODES_AND_FISCAL_YEARS, ids=ids(CODES_AND_FISCAL_YEARS))
def test_codes_and_fiscal_years(case):
    check(case)


@pytest.mark.parametrize("text", [
    "He drove an Audi Q3 to work.",
    "Audi Q3 sales rose 5 percent.",
    "Take the H1 bus downtown.",
    "The patient had 1H NMR done.",
    "Press fy25 to continue.",
])
def test_codes_that_are_names(text):
    import timeline

    assert [m.text for m in timeline.tag(text, "2024-05-08")] == []


# the day a period ends ("the quarter ending June 30") follows the clause's tense, as the quarter does
PERIOD_END_DAYS = [
    ("Net income rose in the quarter ending June 30.", "2024-05-22", "June 30", "DATE", "2023-06-30"),
    ("Net income rose in the quarter ending June 30.", "2024-05-22", "the quarter", "DATE", "2023-Q2"),
    ("Profit rose for the year to June 30.", "2024-05-22", "June 30", "DATE", "2023-06-30"),
    ("Revenue will rise in the quarter ending June 30.", "2024-05-22", "the quarter", "DATE", "2024-Q2"),
    ("Revenue will rise in the quarter ending June 30.", "2024-05-22", "June 30", "DATE", "2024-06-30"),
    # control: a deadline a few weeks ahead in a past clause stays ahead
    ("The court extended the deadline to June 30.", "2024-05-22", "June 30", "DATE", "2024-06-30"),
]


@pytest.mark.parametrize("case", PERIOD_END_DAYS, ids=ids(PERIOD_END_DAYS))
def test_period_end_days(case):
    check(case)
