"""Rule family: what a story's relative expressions count from (whole paragraphs).

"The next day", "that Friday", "the next year" count from the last day (or month, year) the
story told of, not from a background mention ("the deadliest since the attack on Feb. 14,
2018", "in August 2006") and not from the publication date.
"""

import pytest

import timeline

from tests.temporal._cases import check, ids

CASES = [
    # a time of day before a weekday is that weekday's ("at dawn on Saturday", "before dawn Monday")
    ("Hamas fighters broke through the border fence at dawn on Saturday.", "2023-10-08", "dawn", "TIME", "2023-10-07TMO"),
    ("The suspect escaped before dawn Monday with four other inmates.", "2005-11-29", "dawn", "TIME", "2005-11-28TMO"),
    ("The march will start at dawn Sunday.", "2023-10-06", "dawn", "TIME", "2023-10-08TMO"),
    # a bare part of the day after "by/until/at" is of the story's day
    ("Rain began on Saturday, June 23, and by evening the entrance was flooded.", "2018-07-18", "evening",
     "TIME", "2018-06-23TEV"),
    ("He was handed over on Tuesday. By evening, the soldier was home.", "2011-10-20", "evening", "TIME", "2011-10-18TEV"),
    ("Saturday's bombs tore through a street at nightfall, medics said.", "2006-12-03", "nightfall", "TIME", "2006-12-02TEV"),
    ("Fighting raged on Monday until nightfall.", "2018-06-27", "nightfall", "TIME", "2018-06-25TEV"),
    # ... the next day's when the story's day was already later in the day, or looked ahead to
    ("The blaze broke out on Tuesday afternoon near Lithgow. By morning, it had jumped containment lines.",
     "2019-12-19", "morning", "TIME", "2019-12-18TMO"),
    ("Police said the highway would stay closed until morning.", "2021-08-14", "morning", "TIME", "2021-08-15TMO"),
    # ... also after a day told "late" or carried on "overnight"
    ("The cabinet approved a call-up late Saturday. A tower was hit around 3:30 a.m.", "2023-10-08",
     "around 3:30 a.m.", "TIME", "2023-10-08T03:30", "APPROX"),
    ("The cabinet met on Saturday. Jets struck overnight, including a tower hit around 3:30 a.m.", "2023-10-08",
     "around 3:30 a.m.", "TIME", "2023-10-08T03:30", "APPROX"),
    ("The cabinet met on Saturday. A tower was hit around 3:30 a.m.", "2023-10-08", "around 3:30 a.m.", "TIME",
     "2023-10-07T03:30", "APPROX"),  # control: nothing carries the story through the night
    ("Late Friday, the ministry confirmed the death of a soldier killed at 6 a.m. in Donetsk.", "2024-03-11",
     "6 a.m.", "TIME", "2024-03-08T06:00"),  # control: the late day's own sentence
    ("Heavy rain fell through the night on Tuesday. By 6 a.m., the river had burst its banks.", "2024-02-08",
     "6 a.m.", "TIME", "2024-02-07T06:00"),
    # a clock's weekday followed by its date: the date decides
    ("The plane crashed at 10:01 a.m. on Tuesday, March 24.", "2015-04-02", "10:01 a.m.", "TIME", "2015-03-24T10:01"),
    ("He left at 9 a.m. on Tuesday, and came back.", "2015-04-02", "9 a.m.", "TIME", "2015-03-31T09:00"),
    # "overnight on Sunday": that night
    ("The pound fell to its lowest level overnight on Sunday.", "2025-02-04", "overnight", "TIME", "2025-02-02TNI"),
    ("At least 78 people have been captured overnight on Thursday.", "2005-11-04", "overnight", "TIME", "2005-11-03TNI"),
    ("Stocks rebounded overnight.", "2025-02-04", "overnight", "TIME", "2025-02-03TNI"),
    # a story told through the night passes midnight: a morning clock after an evening one, in a
    # past clause, is the next day (not in the pluperfect; not after the reference)
    ("Polls closed at 10pm on Thursday. The FTSE 100 fell 8% after the market opened at 8am.", "2016-06-24",
     "8am", "TIME", "2016-06-24T08:00"),
    ("The crash happened at 11pm on Thursday. He was pronounced dead at 4am.", "2016-06-24", "4am", "TIME", "2016-06-24T04:00"),
    ("Police arrived at 8pm on Thursday. He had left at 7am.", "2016-06-24", "7am", "TIME", "2016-06-23T07:00"),
    ("Polls closed at 10pm on Thursday. The market opened at 8am.", "2016-06-23", "8am", "TIME", "2016-06-23T08:00"),
    # the evening starts at 17:00, as for a bare part of the day after a clock (session 15)
    ("Polls closed at 5:30 p.m. on Thursday. The market opened at 8 a.m. and fell.", "2016-06-25", "8 a.m.", "TIME", "2016-06-24T08:00"),
    ("Polls closed at 4:30 p.m. on Thursday. The market opened at 8 a.m. and fell.", "2016-06-25", "8 a.m.", "TIME", "2016-06-23T08:00"),
    # noon too, the latest a morning after the night runs to
    ("Polls closed at 10 p.m. British time (2100 GMT), and the outcome became clear around noon Tokyo time.",
     "2016-06-24", "around noon Tokyo time", "TIME", "2016-06-24T12:00", "APPROX"),
    ("Polls closed at 10 p.m. on Thursday, and results came at 2 p.m.", "2016-06-24", "2 p.m.", "TIME",
     "2016-06-23T14:00"),  # control: an afternoon is not read past midnight
    # a clock restated in another zone ("(2320 GMT on Sunday)") does not move the story's day
    ("The plane took off at 6:20 a.m. (2320 GMT on Sunday) and lost contact at 6:33 a.m., officials said.",
     "2018-10-29", "6:33 a.m.", "TIME", "2018-10-29T06:33"),
    ("The truce began at 2 a.m. (2300 GMT Thursday), and Palestinians poured into the streets at dawn.",
     "2021-05-21", "dawn", "TIME", "2021-05-21TMO"),
    ("The truce began at 2 a.m. (2300 GMT Thursday), and Palestinians poured into the streets at dawn.",
     "2021-05-21", "2300 GMT Thursday", "TIME", "2021-05-20T23:00"),
    # "that same day" after a month the text just told of: some day of that month (unknown)
    ("Doctors were killed, most recently last October when Dr. Slepian was gunned down. "
     "His name was crossed out that same day.", "1999-02-06", "that same day", "DATE", "1998-10-XX"),
    ("Last month, the parliament extended the deployment. On the same day, the ministry confirmed it.",
     "2006-11-10", "the same day", "DATE", "2006-10-XX"),
    ("He was arrested on Monday. That same day he was freed.", "1999-02-06", "That same day", "DATE", "1999-02-01"),
    # a coarser mention in between does not hide the story's day
    ("A jet ditched in the Hudson River on Thursday afternoon. The last fatal crash was in August 2006, "
     "when a jet crashed in Kentucky. The next day, the plane was pulled from the river.",
     "2009-01-16", "The next day", "DATE", "2009-01-16"),
    ("Police arrested the suspect on Monday. He had been living in the country since 2012. "
     "The next day, he was charged with murder.", "2016-10-14", "The next day", "DATE", "2016-10-11"),
    # nor does a background day after "since"
    ("A gunman opened fire at a school on Tuesday. It was the deadliest school shooting since the "
     "attack in Parkland, Florida, on Feb. 14, 2018. The next morning, the school stayed closed.",
     "2024-05-16", "The next morning", "TIME", "2024-05-15TMO"),
    ("The bill passed on May 1, 2020. The next day it was signed.", "2024-05-16", "The next day", "DATE", "2020-05-02"),
    # "the next <unit>", "that <weekday>" in a told story count from it
    ("He was elected on Nov. 4, 2008. The next week, he named his chief of staff.", "2020-02-11", "The next week", "DATE", "2008-W46"),
    ("He was elected on Nov. 4, 2008. The next Monday, he met Bush.", "2020-02-11", "The next Monday", "DATE", "2008-11-10"),
    ("He was elected in November 2008. The next year, he won the Nobel Peace Prize.", "2020-02-11", "The next year", "DATE", "2009"),
    ("The factory closed on March 3, 2009. That Friday, workers occupied the site.", "2020-02-11", "That Friday", "DATE", "2009-03-06"),
    # controls: a plan, a prediction, reported speech
    ("Prices will rise the next year.", "2020-02-11", "the next year", "DATE", "2021"),
    ("It happened in 1994. He was told to write a report for the next weekend's meeting.", "2020-02-11", "the next weekend", "DATE", "2020-W08-WE"),
    ("A diplomat told AFP that Friday's demonstration was peaceful.", "2020-02-11", "Friday", "DATE", "2020-02-07"),
    # a story told in a stated year: its yearless months and days are that year's
    ("In 2014, Russia annexed Crimea in March.", "2024-05-15", "March", "DATE", "2014-03"),
    ("In 2008, Lehman Brothers collapsed on Sept. 15.", "2024-05-15", "Sept. 15", "DATE", "2008-09-15"),
    ("In 2019, protests erupted across Chile. On Oct. 18, students jumped turnstiles.", "2024-05-07", "Oct. 18", "DATE", "2019-10-18"),
    ("In December 2019, strikes began. They continued until March.", "2024-05-15", "March", "DATE", "2020-03"),
    # controls: an aside, background, a return to the present, a range with its own year
    ("The company, founded in 1998, said in March that profits rose.", "2024-05-15", "March", "DATE", "2024-03"),
    ("Since 2000, Putin has ruled. In March, he won a fifth term.", "2024-05-15", "March", "DATE", "2024-03"),
    ("In 2019, protests erupted in Chile. On Monday, President Boric said the crisis ended in March.", "2024-05-15", "March", "DATE", "2024-03"),
    ("In 1992, he joined the bank. He was economy minister from April to August 2005.", "2024-05-15", "April", "DATE", "2005-04"),
    ("A UN resolution adopted in 1977 designated Nov. 29 as a day of solidarity.", "2005-11-28", "Nov. 29", "DATE", "2005-11-29"),
    # small narrative forms
    ("Police arrived on Monday. Later that day, they left.", "2016-10-21", "Later that day", "DATE", "2016-10-17"),
    ("The massacre started on November 20 and finished early the next day.", "2005-12-12", "early the next day", "DATE", "2005-11-21", "START"),
    ("The fighting began on Sept. 28 and ended on the 3rd.", "2016-10-21", "the 3rd", "DATE", "2016-10-03"),
    ("The first miner reached the surface just after midnight on Wednesday.", "2010-10-14", "just after midnight", "TIME", "2010-10-12T24:00", "AFTER"),
    ("About 500 people attended a Sunday night memorial service.", "1999-10-24", "Sunday night", "DATE", "1999-10-24TNI"),
    # second review: "since" that opens a clause of its own is no background; no told day, no
    # day after publication; a later stated year moves the story; no roll-over in a pluperfect;
    # "now" ends the story; "That Friday" after a full stop
    ("Police have been searching for the boy since he disappeared on Saturday, April 27. He was found the next day in a barn.",
     "2024-05-05", "the next day", "DATE", "2024-04-28"),
    ("Following talks in Cairo on Monday, the two sides agreed to a truce. The next day, fighting resumed.",
     "2024-05-05", "The next day", "DATE", "2024-04-30"),
    ("In 2014, he joined the firm. He left in 2019 and in March founded his own company.", "2024-05-05", "March", "DATE", "2019-03"),
    ("In December 2019, he told reporters he had met her in March.", "2024-05-05", "March", "DATE", "2019-03"),
    ("In 2021, the firm was founded. It is now worth $5 billion. It raised funds in January.", "2024-05-05", "January", "DATE", "2024-01"),
    ("The strike began on Monday, April 8, at the port. That Friday, police cleared the docks.", "2024-05-05", "That Friday", "DATE", "2024-04-12"),
    ("That Friday, workers occupied the site and police were called.", "2024-05-05", "That Friday", "DATE", "2024-05-03"),
    # "that December", "the following January" count from the story's month
    ("He was elected in November 2008 and took office the following January.", "2019-04-16", "the following January", "DATE", "2009-01"),
    ("The war began in March 2003. Saddam Hussein was captured that December.", "2019-04-16", "that December", "DATE", "2003-12"),
    ("He was elected in November 2008. That January, he took office.", "2019-04-16", "That January", "DATE", "2009-01"),
    ("The crisis began in 2008. Officials said that October was the wettest month.", "2019-04-16", "October", "DATE", "2018-10"),
    # seasons of a story
    ("The band formed in 1994. That summer, they played their first gig.", "2020-02-11", "That summer", "DATE", "1994-SU"),
    ("The band formed in 1994. The following spring, they toured.", "2020-02-11", "The following spring", "DATE", "1995-SP"),
    ("The flood hit in August 2002. The next spring, the town was rebuilt.", "2020-02-11", "The next spring", "DATE", "2003-SP"),
    ("The next summer will be hot.", "2020-02-11", "The next summer", "DATE", "2020-SU"),
    # a pair shares the year written after its second date
    ("Rallies were held on Jan. 5 and Feb. 9, 2019.", "2024-05-15", "Jan. 5", "DATE", "2019-01-05"),
    ("Rallies were held on 5 January and 9 February 2019.", "2024-05-15", "5 January", "DATE", "2019-01-05"),
    ("The strikes took place in November and December 2019.", "2024-05-15", "November", "DATE", "2019-11"),
    ("Talks on May 3 and May 5 were held.", "2024-05-15", "May 3", "DATE", "2024-05-03"),  # control
    # a bare clock in a present clause is today, and far from the story's day, the reference's
    ("Cameron faces his first test on Wednesday. Fresh from his victory Tuesday, he will fire the opening "
     "shots. Pundits say he has raised hopes of the first credible opposition since 1997. At 39, he "
     "promises to be the upstart that Blair was when he became leader in 1994. Cameron was a virtual "
     "unknown six months ago and has spent only four years in parliament. The first test for Cameron "
     "comes at 1200 GMT in parliament.", "2005-12-07", "1200 GMT", "TIME", "2005-12-07T12:00"),
]


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_narrative_anchor(case):
    check(case)


# a dateline a day or few before the publication date is the writer's "today"
@pytest.mark.parametrize(
    "text, ref, expected",
    [
        ("CHENNAI, DEC. 11. (The Hindu)\nShe passed away here today. The funeral is at noon tomorrow.", "2004-12-12",
         [("DEC. 11", "2004-12-11"), ("today", "2004-12-11"), ("noon tomorrow", "2004-12-12T12:00")]),
        ("HOUSTON, Feb. 2 -- As searchers combed East Texas today, NASA said.", "2003-02-03",
         [("Feb. 2", "2003-02-02"), ("today", "2003-02-02")]),
        # controls: a dateline of the publication day, or far from it, changes nothing
        ("HOUSTON, Feb. 2 -- Searchers combed East Texas today.", "2003-02-02", [("Feb. 2", "2003-02-02"), ("today", "2003-02-02")]),
        ("HOUSTON, Jan. 2 -- Searchers combed East Texas today.", "2003-02-02", [("Jan. 2", "2003-01-02"), ("today", "2003-02-02")]),
        ("Smith, Feb. 2 was the day he left. He is here today.", "2003-02-03", [("Feb. 2", "2003-02-02"), ("today", "2003-02-03")]),
    ],
)
def test_dateline_day_is_the_writers_today(text, ref, expected):
    assert [(m.text, m.value) for m in timeline.tag(text, ref)] == expected


# the day a span of years counts from ("28 years after ... on June 25, 1983") is background: a
# clock after it is the report's day
@pytest.mark.parametrize(
    "text, ref, clock, value",
    [
        ("Dhoni hit a six tonight to give India the title, 28 years after Kapil Dev's team lifted the trophy at "
         "Lord's on June 25, 1983.\n\nThe match began at 2.30 pm.", "2011-04-02", "2.30 pm", "2011-04-02T14:30"),
        # the day a few hours or days count from is the story's own
        ("Hours after the earthquake struck on Sunday, a second tremor hit at 11:40 p.m.", "2024-05-15", "11:40 p.m.",
         "2024-05-12T23:40"),
        ("The last time the Queen visited, on 12 May, crowds gathered at noon.", "2024-05-15", "noon", "2024-05-12T12:00"),
        # a far day that a comparison "was" does not move the story; it stays on last night
        ("The All Blacks will parade at noon today, after last night's 8-7 win over France. The last time New "
         "Zealand won the tournament was on the same ground on June 20, 1987. The match kicked off at 9pm.",
         "2011-10-24", "9pm", "2011-10-23T21:00"),
        # controls: a single unit ("The day after Christmas") counts no span; a story told from its day
        ("The day after Christmas, crowds gathered. The next day, they left.", "2000-02-24", "The next day", "1999-12-27"),
        ("On June 25, 1983, Kapil Dev's team lifted the trophy at Lord's. The match began at 2.30 pm.",
         "2011-04-02", "2.30 pm", "1983-06-25T14:30"),
    ],
)
def test_background_days_do_not_date_clocks(text, ref, clock, value):
    (m,) = [m for m in timeline.tag(text, ref) if m.text == clock]
    assert m.value == value


# "the day" in apposition to a date is that date (TBAQ: "Oct. 12, the day before the stock market
# plunge" is `1989-10-12`, spanned "the day"); with no date before it, it has none
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trading days after Oct. 12, the day before the stock market plunge, were busy.", ("the day", "1989-10-12")),
        ("He died on Oct. 14, the day regulators took control.", ("the day", "1989-10-14")),
        ("Finland takes over the presidency on January 1, the day Bulgaria joins.", ("the day", "1990-01-01")),
        ("The vessel has been anchored since the day it was freed.", None),
        ("He left the day after the attack.", None),
    ],
)
def test_the_day_in_apposition(text, expected):
    got = [(m.text, m.value) for m in timeline.tag(text, "1989-10-30") if m.text.lower().startswith("the day")]
    assert got == ([expected] if expected else [])


def test_a_planned_day_in_an_earlier_paragraph_is_not_the_night():
    text = ("Erdogan declared seven days of national mourning. He had set May 14 as the election date earlier this year.\n\n"
            "Rescuers were expected to work through the night.")
    (m,) = [m for m in timeline.tag(text, "2023-02-06") if m.text == "the night"]
    assert m.value == "2023-02-06TNI"


def test_a_stretch_start_is_not_the_story_day():
    text = ("The talks ended on May 12, 2025. The two sides announced that they would cut tariffs for 90 days, "
            "starting on May 14. Markets surged that day.")
    (m,) = [m for m in timeline.tag(text, "2025-05-27") if m.text == "that day"]
    assert m.value == "2025-05-12"


@pytest.mark.parametrize("text", [
    "They met after evening prayers.",  # a noun the part of the day modifies
    "Volumes were thin since morning trading began.",
    "The morning session began at 9.",  # no preposition before it
    "Good morning, everyone.",
    "It was lit by sunset colours.",
])
def test_bare_part_of_day_needs_its_preposition(text):
    assert [m.text for m in timeline.tag(text, "2018-06-25") if m.rule == "overnight"] == []


@pytest.mark.parametrize("text,clock,value", [
    # a far day naming an event, or measured from after "the first ... since", is a reference
    # back: a clock in a later sentence is of the report's day
    ("A watchdog threw out a third of his votes from the August 20 first round. The chairman told a news "
     "conference at around 4:00 pm that the decision was final.", "around 4:00 pm", "2009-11-02T16:00"),
    ("Trucks crossed into Gaza, the first aid since Israel imposed a siege on October 9. The gate opened at "
     "about 10am local time.", "10am local time", "2009-11-02T10:00"),
    # controls: the event's own sentence; a day the story tells
    ("The Oct. 7 attack began at 6:30 a.m.", "6:30 a.m.", "2009-10-07T06:30"),
    ("He was arrested on Oct. 7. He was released at 4 p.m.", "4 p.m.", "2009-10-07T16:00"),
])
def test_reference_back_does_not_date_clocks(text, clock, value):
    got = {m.text: m.value for m in timeline.tag(text, "2009-11-02")}
    assert got.get(clock) == value, got


@pytest.mark.parametrize("text,ref,clock,value", [
    # a day in a relative aside closed before the clock does not date it
    ("Mark Zuckerberg, who turned 28 on Monday, rang the opening bell at 6:30 a.m.", "2012-05-18", "6:30 a.m.",
     "2012-05-18T06:30"),
    ("He was arrested on Monday, and appeared in court at 10 a.m.", "2012-05-18", "10 a.m.",
     "2012-05-14T10:00"),  # control: a clause of the story, no aside
    # a morning clock in the sentence of an "overnight" is in the morning that ended the night
    ("There were 4000 aftershocks since September, the strongest of them overnight being a magnitude 4.6 at "
     "5.08am.", "2011-02-24", "5.08am", "2011-02-24T05:08"),
    ("Police will patrol overnight and reopen the road at 6 a.m.", "2011-02-24", "6 a.m.", "2011-02-25T06:00"),
])
def test_clock_day_from_aside_and_night(text, ref, clock, value):
    got = {m.text: m.value for m in timeline.tag(text, ref)}
    assert got.get(clock) == value, got


def test_a_look_back_in_a_present_sentence_does_not_move_the_story():
    # "after Christmas" looks back from today's storm; the warning's clocks are today's
    text = ("Storm Gerrit is bringing strong winds, heavy rain and snow to much of the UK today, disrupting journeys "
            "for people travelling home after Christmas.\n\nAn amber warning covers parts of Scotland from 06:00 to "
            "21:00 GMT.")
    got = {m.text: m.value for m in timeline.tag(text, "2023-12-27")}
    assert got["06:00"] == "2023-12-27T06:00", got


@pytest.mark.parametrize("text,ref,clock,value", [
    # a far date inside what a reporting verb's "that" reports is told, not an aside: the clock
    # in the next sentence is of it
    ("The court heard that his lorry struck her on the A62 on November 14 last year. The collision happened at "
     "about 7.50am.", "2007-06-29", "7.50am", "2006-11-14T07:50"),
    ("The prosecution told the court that the victim was abducted on December 27, 2013. The gang struck at "
     "about 9pm.", "2014-05-05", "9pm", "2013-12-27T21:00"),
    # control: a relative clause's far date stays an aside
    ("Police found the tank which crashed through the gates on April 30, 1975. At about 9pm, the crowd left.",
     "2007-06-29", "9pm", "2007-06-29T21:00"),
])
def test_reported_far_day_dates_the_next_clock(text, ref, clock, value):
    got = {m.text: m.value for m in timeline.tag(text, ref)}
    assert got.get(clock) == value, got
