"""Session 27's rules, each with the near misses that guard it: one table of
(text, reference, span, value), read by one test (a value of None: no mention has that span)."""

import pytest

import timeline

CHRONOLOGY = (
    "How we got here\n\nMarch 9: The Speaker rules against the government.\n\n"
    "Tuesday: The finance minister tables the budget. The opposition leader says he cannot support it.\n\n"
    "Friday: The government is defeated.\n"
)
FORECAST = (
    "The forecast\n\nMonday: Landfall around dawn. Hurricane-force winds will spread inland.\n\n"
    "Monday night: The storm weakens over central Mississippi, but tornadoes are possible across Alabama.\n\n"
    "Tuesday: The remnants race toward the Tennessee Valley, bringing heavy rain.\n\nWednesday: Rain reaches the coast.\n"
)
WEEK_AHEAD = "WHAT TO WATCH\nToday: Zoom reports earnings.\nTuesday: Retailers report.\nWednesday: A data dump.\nFriday: Black Friday.\n"

CASES = [
    # a cancelling verb's object does not reach across a clause it opens: that clause's tense dates the day
    ("Flights were cancelled after the airspace closed at noon on Thursday.", "2010-04-19", "Thursday", "2010-04-15"),
    ("Flights were cancelled when the airspace closed at noon on Thursday.", "2010-04-19", "noon", "2010-04-15T12:00"),
    # ... what was cancelled is still the nearer day
    ("Schools cancelled classes Monday.", "2010-04-19", "Monday", "2010-04-19"),
    ("The club postponed its game scheduled for Thursday night.", "2010-04-19", "Thursday night", "2010-04-22TNI"),
    # two clocks of two joined clauses, the second dated by a day after it: both that day's
    ("Polls open at 7am and close at 10pm on 12 December.", "2019-12-02", "7am", "2019-12-12T07:00"),
    ("The car parks will open at 7am and close at midnight on Tuesday.", "2019-12-02", "7am", "2019-12-03T07:00"),
    ("Polling stations will open at 7.30am and close at 6pm on Wednesday.", "2019-12-02", "7.30am", "2019-12-04T07:30"),
    # ... the first the day before when it is later in the day (overnight)
    ("The attack began at 9pm and ended at 2am on Sunday.", "2019-12-02", "9pm", "2019-11-30T21:00"),
    # ... not a first clock that its own day dates
    ("He left home on Thursday at 7am and returned at 10pm on Friday.", "2019-12-02", "7am", "2019-11-28T07:00"),
    ("He left at 7am, and returned at 10pm on Friday.", "2019-12-02", "10pm", "2019-11-29T22:00"),
    # list items headed by their days go forward from the item before
    (CHRONOLOGY, "2011-03-26", "Tuesday", "2011-03-22"),
    (CHRONOLOGY, "2011-03-26", "Friday", "2011-03-25"),
    (FORECAST, "2005-08-28", "Tuesday", "2005-08-30"),
    (FORECAST, "2005-08-28", "Wednesday", "2005-08-31"),
    (WEEK_AHEAD, "2021-11-22", "Wednesday", "2021-11-24"),
    (WEEK_AHEAD, "2021-11-22", "Friday", "2021-11-26"),
    # ... not across a heading between, nor a weekday inside an item's text
    ("Nov. 27: The House passes the bill.\n\nWhat comes next\n\nMonday: The writs are issued.\n", "2013-08-04", "Monday", "2013-08-05"),
    ("March 9: The Speaker rules.\nThe minister said on Tuesday: no deal.\n", "2011-03-26", "Tuesday", "2011-03-22"),
    # ... nor against a tense said outright
    ("March 9: The Speaker rules against the government.\n\nMonday: Parliament will vote on the budget.\n", "2011-03-26", "Monday", "2011-03-28"),
    # the results of the quarter just ended are reported after it, in any clause
    ("The company will report results for the fourth quarter on February 26.", "2025-01-15", "the fourth quarter", "2024-Q4"),
    ("The sale would feature in its results for the fourth quarter.", "2025-01-15", "the fourth quarter", "2024-Q4"),
    # ... not a quarter still ahead
    ("The company expects sales to rise in the fourth quarter.", "2025-01-15", "the fourth quarter", "2025-Q4"),
    ("The company will report results for the fourth quarter in January.", "2024-10-15", "the fourth quarter", "2024-Q4"),
    # the polls' opening and closing are on the vote's day, whatever day was told after it
    (
        "President Bouteflika was re-elected in Thursday's presidential election with 84.99 percent of the votes cast, "
        "according to provisional results announced Friday by the interior minister.\n\n"
        "Turnout stood at 58.07 percent, the minister told a press conference which began at 11 a.m. at the ministry's headquarters.\n\n"
        "Polling stations opened at 8 a.m. and closed at 7 p.m.",
        "2004-04-10",
        "8 a.m.",
        "2004-04-08T08:00",
    ),
    # ... and an abbreviation at a line's end ends its sentence ("at 11 a.m." before a new paragraph)
    (
        "Bouteflika was re-elected in Thursday's presidential election, according to results announced Friday.\n\n"
        "Turnout stood at 58 percent, the minister told a press conference which began at 11 a.m.\n\n"
        "Polling stations opened at 8 a.m. and closed at 7 p.m.",
        "2004-04-10",
        "8 a.m.",
        "2004-04-08T08:00",
    ),
    # ... a body named by the vote is not the vote ("the Supreme Election Board on Monday")
    (
        "The party won in Sunday's general elections, according to results announced by the Supreme Election Board on Monday.\n\n"
        "Turnout was 87 percent. Polls opened at 07.00 local time.",
        "2011-06-13",
        "07.00 local time",
        "2011-06-12T07:00",
    ),
    ("Voters went to the polls on Friday. Polls opened at 7 a.m.", "2011-06-13", "7 a.m.", "2011-06-10T07:00"),
    # a dotted 24-hour clock with no zone: after a clock word, with a leading zero or a clock told before it
    ("The session begins at 09.30.", "2011-06-13", "09.30", "2011-06-13T09:30"),
    ("Polls opened at 07.00 local time in the east and at 08.00 elsewhere, and closed at 16.00 and 17.00.", "2011-06-13", "16.00", "2011-06-13T16:00"),
    # ... not a price, a rate or a date
    ("Shares closed at 16.00 on Friday.", "2011-06-13", "16.00", None),
    ("Shares rose to 09.50 pence.", "2011-06-13", "09.50", None),
    ("The rate rose to 08.50 percent.", "2011-06-13", "08.50", None),
    ("It happened on 08.05.2010.", "2011-06-13", "08.05.2010", "2010-05-08"),
    # a year stated in an aside does not date what its subject then reports
    ("Twitch, spun off from Justin.tv in June 2011, said it had 55 million unique visitors in July.", "2014-08-26", "July", "2014-07"),
    ("The company, founded in March 2011, on Tuesday said its sales rose in April.", "2014-08-26", "April", "2014-04"),
    # ... an aside still dates its subject's own past verb
    ("The truce, which began in late November 2013, collapsed on Dec. 1.", "2016-08-26", "Dec. 1", "2013-12-01"),
    # a price "as of" a clock, or a crypto price "by" one: intraday trading on the report's day
    (
        "Luna traded at about $80 as recently as last Thursday. The stablecoin changed hands at about 20 cents as of 3:30 p.m.",
        "2022-05-12",
        "3:30 p.m.",
        "2022-05-12T15:30",
    ),
    ("It touched a low on Wednesday. Bitcoin fell about 3% to $16,900 by midday.", "2022-11-11", "midday", "2022-11-11T12:00"),
    # ... not a clock "at" which a past day's move was told, nor a day told in the sentence
    ("The Dow plunged on Thursday. Stocks fell nearly 1,000 points at 2:47 p.m.", "2010-05-07", "2:47 p.m.", "2010-05-06T14:47"),
    ("On Tuesday, bitcoin fell 5% by midday.", "2022-11-11", "midday", "2022-11-08T12:00"),
    # a quotation's deictic days count from a date or fixed holiday named in its attribution
    ('On April 27, Caduff wrote: "Up to Camp 2 tomorrow."', "2017-05-02", "tomorrow", "2017-04-28"),
    (
        'In a post on his blog on April 27, Caduff wrote that he felt strong. "Up to Camp 2 tomorrow," he wrote.',
        "2017-05-02",
        "tomorrow",
        "2017-04-28",
    ),
    (
        'On Christmas Day he wrote that he would keep going. "I am going to try to finish this tomorrow," he said.',
        "2018-12-27",
        "tomorrow",
        "2018-12-26",
    ),
    # ... not a date the attribution tells of another event, nor a quotation with no attribution of a day
    ('She said the storm hit on April 27. "We go up tomorrow," he said.', "2017-05-02", "tomorrow", "2017-05-03"),
    ('"We go up tomorrow," he said.', "2017-05-02", "tomorrow", "2017-05-03"),
    # "launches" is no schedule verb: headlines tell past launches in the present
    ("China launches new crewed mission on Sunday", "2022-06-06", "Sunday", "2022-06-05"),
    ("NASA's Artemis I finally launches Wednesday after months of delays", "2022-11-17", "Wednesday", "2022-11-16"),
    # "postponed in/on ..." tells when a plan was put off
    ("The trip was postponed in November after the attacks in Paris.", "2016-01-17", "November", "2015-11"),
    ("The elections were postponed in July because of the pandemic.", "2021-03-11", "July", "2020-07"),
    # ... "postponed until/to ..." still tells the new date ahead
    ("The match was postponed until Saturday.", "2016-01-13", "Saturday", "2016-01-16"),
    ("The vote was postponed to November.", "2016-01-17", "November", "2016-11"),
    # review: a list told newest first goes back; results cannot lie ahead
    ("Timeline\nWednesday: The Fed holds rates steady.\nTuesday: Inflation data surprise.\nMonday: Markets rally.\n", "2023-03-23", "Tuesday", "2023-03-21"),
    ("Results this week\n- Saturday: United 2, City 1\n- Wednesday: Rovers 0, United 3\n- Sunday: United 1, Albion 1\n", "2022-10-17", "Sunday", "2022-10-16"),
    # review: clauses of different tenses keep their own days
    ("The ceasefire took effect at 6am and will be reviewed at noon on Friday.", "2019-12-04", "6am", "2019-12-04T06:00"),
    # review: a time after "after" is the object's own ("cancelled all services after 8pm on Thursday")
    ("Train operators have cancelled all services after 8pm on Thursday because of the strike.", "2010-04-20", "Thursday", "2010-04-22"),
    # review: prices, versions and day.month dates are no dotted clocks
    ("The market opened at 9am and the shilling fell to 12.45 against the dollar.", "2011-06-13", "12.45", None),
    ("At 09.30 the pound was trading at 11.20 rand.", "2011-06-13", "11.20", None),
    ("Canonical will release Ubuntu 08.04 on Thursday.", "2008-04-21", "08.04", None),
    ("The exhibition runs from 01.03 to 15.03 at the city museum.", "2011-02-13", "01.03", None),
    ("The office is open from 09.00 until 17.30.", "2011-06-13", "17.30", "2011-06-13T17:30"),
    # review: a line break inside a sentence (hard-wrapped wire copy) does not end it after an abbreviation
    ("WASHINGTON (AP) - The president will travel to the U.S.\nVirgin Islands on Friday.", "2017-09-20", "Friday", "2017-09-22"),
    # review: no intraday trading on a weekend (but crypto trades through it)
    ("Stocks tumbled on Friday. The Dow was down 500 points as of 3:30 p.m.", "2022-05-14", "3:30 p.m.", "2022-05-13T15:30"),
    # review: a date in an attribution that names another event is no speech day
    ('Asked about the April 27 deadline, he said: "We will decide tomorrow."', "2017-04-25", "tomorrow", "2017-04-26"),
    ('Ahead of Independence Day, the mayor said: "Tomorrow we close the bridge."', "2019-07-03", "Tomorrow", "2019-07-04"),
    # a forecast's own past participle before the day's preposition dates it ("The forecast received on Wednesday")
    ("A forecast received on Wednesday showed a rare window of low winds.", "2021-01-17", "Wednesday", "2021-01-13"),
    # ... a forecast of the day still looks ahead
    ("Storms are forecast to hit on Wednesday.", "2021-01-17", "Wednesday", "2021-01-20"),
    ("Forecasters predicted snow on Wednesday.", "2021-01-17", "Wednesday", "2021-01-20"),
    # second review: a list keeps to one side of the reference, from an item it can trust
    ("WHAT TO WATCH\nMonday: Apple's developer conference opens.\nFriday: Jobs report.\n", "2024-06-09", "Friday", "2024-06-14"),
    ("Recent strikes\nFriday: A drone hits a refinery.\nMonday: Missiles strike Odesa.\n", "2024-03-16", "Monday", "2024-03-11"),
    ("What we know\nFriday: A gunman opens fire.\nSaturday: Police name the suspect.\nMonday: He appears in court.\n", "2024-03-18", "Saturday", "2024-03-16"),
    ("Timeline\nSaturday: The ship leaves port.\nSunday night: The crew reports trouble.\nWednesday: The ship is towed in.\n", "2024-03-14", "Wednesday", "2024-03-13"),
    (
        "November 2016: The Senate blocks the bill.\n\nMonday: Liberal MPs reaffirm the party's policy at a special meeting.\n\n"
        "Tuesday: The Government says it will hold a postal survey if the Senate rejects the bill again.\n\nWednesday: It does, 31 votes to 31.\n",
        "2017-08-12",
        "Wednesday",
        "2017-08-09",
    ),
    # second review: a plan's clause before a past one is the same day
    ("Polls were to open at 7am and opened at 9am on Sunday.", "2024-03-14", "7am", "2024-03-10T07:00"),
    # second review: an attribution's date naming another event, or one still ahead, is no speech day
    ('Asked about the summit on March 20, he said: "We will decide tomorrow."', "2024-03-14", "tomorrow", "2024-03-15"),
    ('Referring to the attack on March 3, he said: "Tomorrow we will bury our dead."', "2024-03-14", "Tomorrow", "2024-03-15"),
    ('In a statement on March 3, he said: "Tomorrow we will bury our dead."', "2024-03-14", "Tomorrow", "2024-03-04"),
    # second review: "be postponed in April" after a modal still looks ahead
    ("The trial will be postponed in April if the defence requests it.", "2024-03-14", "April", "2024-04"),
    # second review: leading-zero prices and day.month dates
    ("The rand fell to 09.15 against the dollar.", "2024-03-14", "09.15", None),
    ("The festival runs from 05.10 to 10.10 in Lyon.", "2024-03-14", "05.10", None),
    ("The index rose 2.9 percent in the morning session, which opened at 09.30.", "2005-10-04", "09.30", "2005-10-04T09:30"),
    # a month told in the day's own sentence is background to it: "later that day" is that day
    (
        "Coinbase said on Thursday that it would reopen trading, after it suspended the token in January 2021. Kraken followed later that day.",
        "2023-07-14",
        "later that day",
        "2023-07-13",
    ),
    # ... a month told after the day, in a sentence of its own, is still "some day of it"
    ("He was appointed last October. That same day he resigned.", "2023-07-14", "That same day", "2022-10-XX"),
    # third review: a list goes forward from its trusted item; a weekday item on the reference day tells no side
    ("Monday: The strike began.\nTuesday: Talks failed.\nFriday: Mediators return.\n", "2024-03-13", "Friday", "2024-03-15"),
    ("March 11: The court ruled against the ban.\nFriday: The appeal is heard.\n", "2024-03-14", "Friday", "2024-03-15"),
    ("Recent attacks\nThursday: A bomb exploded in Quetta.\nSaturday: Gunmen kill five in Karachi.\n", "2024-03-14", "Saturday", "2024-03-09"),
    # third review: a medium that is the topic of another verb names no speech day
    ('Asked about the hearing on March 3, he said: "We will know more tomorrow."', "2024-03-14", "tomorrow", "2024-03-15"),
    ('Responding to the leaked memo on March 3, the minister said: "I will make a statement tomorrow."', "2024-03-14", "tomorrow", "2024-03-15"),
    # third review: a month that is what was reported, not background in a clause of time, is still "that day"'s
    ("Prosecutors said on Tuesday that the suspect was arrested in May 2019. He was charged the same day.", "2024-03-14", "the same day", "2019-05-XX"),
    ("The CEO said on Monday that the company nearly collapsed in March 2020. Staff were sent home that day.", "2024-03-14", "that day", "2020-03-XX"),
    # a bare -ing of a schedule verb before a weekday, in a clause with no tense: the nearer day
    ("With the busiest deadline of the admissions year arriving Friday, dozens of colleges have extended theirs.", "2013-10-31", "Friday", "2013-11-01"),
    # ... a past clause keeps it past
    ("The storm arriving Friday caused damage.", "2013-10-31", "Friday", "2013-10-25"),
]


@pytest.mark.parametrize("text,ref,span,value", CASES)
def test_session27_rule(text, ref, span, value):
    got = {m.text: m.value for m in timeline.tag(text, ref)}
    assert got.get(span) == value, got
