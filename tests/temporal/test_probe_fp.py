"""False positives found by the black-box probes (batch "fp"): words and numbers that look like
times but are names, counts or terms of trade and sport; each table has controls that must
stay times."""

import pytest

import timeline
from tests.temporal._cases import check, ids


def _spans(text: str, ref: str) -> list[str]:
    return [m.text for m in timeline.tag(text, ref)]


# -- month names as people's and things' names -----------------------------------------------
MONTH_NAMES = [
    ("British Prime Minister Theresa May said on Tuesday that talks would continue.", "May"),
    ("May said she would not resign.", "May"),
    ("Mrs May told parliament that the deal was dead.", "May"),
    ("Mrs. May told parliament that the deal was dead.", "May"),
    ("Prime Minister May will meet Merkel on Friday.", "May"),
    ("The talks, said prime minister May, had failed.", "May"),
    ("A spokesman for May declined to comment.", "May"),
    ("May and Juncker met in Brussels.", "May"),
    ("Merkel and May met in Brussels.", "May"),
    ("May, who took office in 2016, faces a revolt.", "May"),
    ("Theresa May's government collapsed.", "May"),
    ("Brian May played guitar.", "May"),
    ("June Jordan and April Ryan attended.", "April"),
    ("The Million Man March took place in 1995.", "March"),
    ("His research formed the basis for the Long March rocket.", "March"),
]
MONTHS_STILL = [
    ("The vote was held in May.", "May"),
    ("Prices rose in May and June.", "June"),
    ("Prices rose in April and May.", "May"),
    ("In May, the party lost its majority.", "May"),
    ("The report is due by May.", "May"),
    ("May saw record sales.", "May"),
    ("Throughout May the talks went on.", "May"),
    ("Toyota May sales rose 5 percent.", "May"),
    ("The bank's monthly review for April says prices rose.", "April"),
    ("Come May, the rules change.", "May"),
    ("Between Christmas and May the plant was shut.", "May"),
    ("Monday, May 5 was the deadline.", "Monday, May 5"),
    ("Car Sales Jumped Sharply May", "May"),  # a title-case headline: capitals are no sign of a name
]


@pytest.mark.parametrize("text,span", MONTH_NAMES)
def test_month_names_of_people(text, span):
    assert span not in _spans(text, "2019-03-12")


@pytest.mark.parametrize("text,span", MONTHS_STILL)
def test_months_stay_months(text, span):
    assert span in _spans(text, "2019-03-12")


# -- four-digit numbers that count things or belong to a name ---------------------------------
NOT_YEARS = [
    "The fine was 2000 euros.",
    "Tesla shares rose 3% to 2010 yuan.",
    "The ticket costs 1999 rupees.",
    "A total of 2018 cases were reported.",
    "Rescuers pulled 2014 survivors from the rubble.",
    "The plane was carrying 2019 passengers.",
    "The small-cap Russell 2000 index rose 1.1 percent.",
    "The Peugeot 3008 and the Peugeot 2008 SUVs were recalled.",
    "Microsoft ended support for Windows 2000.",
    "At least 2000 killed in the quake.",
]
YEARS = [
    ("The tsunami in 2004 killed 230,000 people.", "2012-04-15", "2004", "DATE", "2004"),
    ("The earthquake of 2010 killed more than 200,000 people.", "2012-04-15", "2010", "DATE", "2010"),
    ("The war in 2006 wounded thousands.", "2012-04-15", "2006", "DATE", "2006"),
    ("The riots in 2005 injured hundreds.", "2012-04-15", "2005", "DATE", "2005"),
    ("The 2018 cases were reopened by the court.", "2024-08-06", "2018", "DATE", "2018"),
    ("In 2019 passengers complained more often.", "2024-08-06", "2019", "DATE", "2019"),
    ("Vision 2030 was launched.", "2012-04-15", "2030", "DATE", "2030"),
    ("The 2008 Olympics were held in Beijing.", "2012-04-15", "2008", "DATE", "2008"),
]


@pytest.mark.parametrize("text", NOT_YEARS)
def test_counts_and_names_are_not_years(text):
    assert timeline.tag(text, "2024-08-06") == []


@pytest.mark.parametrize("case", YEARS, ids=ids(YEARS))
def test_years_stay_years(case):
    check(case)


# -- terms of trade and sport: fractions, rates, sessions, results ------------------------------
TERMS = [
    ("Spain beat England 1-0 in the quarter-final.", "the quarter"),
    ("They meet in the quarter-finals on Wednesday.", "the quarter"),
    ("Liverpool will play Arsenal in the last quarter-final on January 9.", "the last quarter"),
    ("The Bank of England cut rates by a quarter percentage point to 5%.", "a quarter"),
    ("The Fed raised rates by a quarter point to 2.25 percent.", "a quarter"),
    ("The Fed raised rates by another one quarter percentage point.", "one quarter"),
    ("Home sales fell by almost a quarter.", "a quarter"),
    ("Consumption would increase by at least one quarter by 2015.", "at least one quarter"),
    ("The company cut its workforce by a quarter.", "a quarter"),
    ("Profit rose a quarter in the half to June.", "a quarter"),
    ("The Bank of Canada kept its overnight rate at 1 percent.", "overnight"),
    ("The bank has kept its benchmark overnight call rate target at 0.25 percent.", "overnight"),
    ("Overnight index swaps point to two rate cuts this year.", "Overnight"),
    ("The stock jumped 8% in after-hours trading following the results.", "hours"),
    ("Shares rose in extended trading after hours.", "hours"),
    ("The world record stands at 2:00:35.", "2:00"),
    ("The previous best was set at 3:43.13 in Rome.", "3:43"),
    ("He lowered the junior steeplechase record to 7:58.66.", "7:58"),
]
TERMS_STILL = [
    ("Profit fell in the quarter.", "2024-05-20", "the quarter", "DATE", "2024-Q1"),
    ("The launch was delayed by a quarter.", "2024-05-20", "a quarter", "DURATION", "P1Q"),
    ("The plan was pushed back by a quarter.", "2024-05-20", "a quarter", "DURATION", "P1Q"),
    ("Heavy rain fell overnight.", "2024-05-20", "overnight", "TIME", "2024-05-19TNI"),
    ("Negotiators worked for hours.", "2024-05-20", "hours", "DURATION", "PTXH"),
    ("The meeting starts at 2:00 p.m.", "2024-05-10", "2:00 p.m.", "TIME", "2024-05-10T14:00"),
    ("The meeting starts at 14:30.", "2024-05-10", "14:30", "TIME", "2024-05-10T14:30"),
    ("The quake struck at 10:30:15 a.m. local time.", "2024-05-10", "10:30:15 a.m. local time", "TIME", "2024-05-10T10:30:15"),  # seconds kept (session 19)
    ("The explosion happened at 14:05:10 CET.", "2024-05-10", "14:05:10 CET", "TIME", "2024-05-10T14:05:10"),  # seconds kept (session 19)
]


@pytest.mark.parametrize("text,span", TERMS)
def test_terms_are_not_times(text, span):
    assert span not in _spans(text, "2024-05-20")


@pytest.mark.parametrize("case", TERMS_STILL, ids=ids(TERMS_STILL))
def test_terms_controls(case):
    check(case)


# -- names of events, papers, shows and agreements; cricket scores ------------------------------
NAMED = [
    ("Root scored a century on day three at Lord's.", "a century"),
    ("Smith hit a century and Labuschagne a half-century.", "a half-century"),
    ("Captain Ricky Ponting hit a half-century while Hodge made 37.", "a half-century"),
    ("Collingwood, who sacrificed a century when he charged Warne on 96, lost his wicket again.", "a century"),
    ("Kohli made his 50th one-day international century.", "one-day"),
    ("England lost the one-day series 4-0.", "one-day"),
    ("Afridi served a ban of one Test and two one-day matches.", "one-day"),
    ("He hit a century at Lord's.", "century"),
    ("It was his second fine innings in as many Boxing Day Tests.", "Boxing Day"),
    ("The score was 7/7 on the test.", "7/7"),
    ("They hoped to improve their international one-day rankings.", "one-day"),
    ("His strokes have made him a one-day matchwinner.", "one-day"),
    ("The Six-Day War changed the map of the Middle East.", "Six-Day"),
    ("The Thirty Years' War devastated Germany.", "The Thirty Years"),
    ("The Good Friday Agreement was signed in 1998.", "Good Friday"),
    ("The Good Friday Agreement was signed in 1998.", "Friday"),
    ("The Mail on Sunday said the minister had resigned.", "Sunday"),
    ("Marina Litvinenko told the Mail on Sunday she had more faith in the inquiry.", "Sunday"),
    ("The Independent on Sunday first reported the story.", "Sunday"),
    ("He appeared on Saturday Night Live.", "Saturday Night"),
    ("Monday Night Football drew 15 million viewers.", "Monday Night"),
    ("He appeared on ABC's This Week and NBC's Meet the Press.", "This Week"),
]
NAMED_STILL = [
    ("The bridge has stood for a century.", "2024-05-20", "a century", "DURATION", "P100Y"),
    ("The company has a century of history.", "2024-05-20", "a century", "DURATION", "P100Y"),
    ("Unions held a one-day strike.", "2024-05-20", "one-day", "DURATION", "P1D"),
    ("The leaders began a two-day summit.", "2024-05-20", "two-day", "DURATION", "P2D"),
    ("The war lasted six days.", "2024-05-20", "six days", "DURATION", "P6D"),
    ("Talks resumed on Good Friday.", "2024-05-20", "Good Friday", "DATE", "2024-03-29"),
    ("Rain hit Scotland on Sunday.", "2024-05-20", "Sunday", "DATE", "2024-05-19"),
    ("The Independent on Sunday reported on Sunday that he quit.", "2024-05-20", "Sunday", "DATE", "2024-05-19"),
    ("He left on Saturday night.", "2024-05-20", "Saturday night", "DATE", "2024-05-18TNI"),
    ("Hamas Says Talks Will Resume Next Week", "2024-05-20", "Next Week", "DATE", "2024-W22"),
]


@pytest.mark.parametrize("text,span", NAMED)
def test_names_and_scores_are_not_times(text, span):
    assert span not in _spans(text, "2024-05-22")


@pytest.mark.parametrize("case", NAMED_STILL, ids=ids(NAMED_STILL))
def test_names_controls(case):
    check(case)
