"""Session 29's rules, each with the near misses that guard it: one table of
(text, reference, span, value), read by one test (a value of None: no mention has that span)."""

import pytest

import timeline

CASES = [
    # a "will" earlier in the sentence dates a weekday that nothing nearer dates, across an
    # apposition or a list ("the first on Thursday", "the hosts, Germany, ...")
    ("The bank will repay the loan in three parts, the first on Thursday.", "2024-05-06", "Thursday", "2024-05-09"),
    ("Spain will face the champions, France, for the title in Berlin on Sunday.", "2024-05-08", "Sunday", "2024-05-12"),
    ("Gas supplies will be cut at 10:00 am in Moscow (0700 GMT) on Monday if Belarus, a former Soviet republic, does not pay.", "2024-05-08", "Monday", "2024-05-13"),
    ("The minister will also attend the regional summit on Saturday and Sunday.", "2024-05-08", "Saturday", "2024-05-11"),
    # ... and a clock whose weekday follows it, or a weekday with a clock or a part of day
    ("The leaders will meet on Friday morning, before the closing ceremony at 5 pm on Friday.", "2003-10-15", "5 pm", "2003-10-17T17:00"),
    ("The team will fly out, weather permitting, at 6 a.m. Wednesday.", "2009-06-30", "6 a.m. Wednesday", "2009-07-01T06:00"),
    # ... not across a finite verb or a participle of its own, a comparison, a baseline, a
    # report's medium, an event noun, "after"/"since"/"until", or with a past verb after it
    ("The deputies will review the housing plan, a theme already discussed Monday by the committees.", "2024-05-08", "Monday", "2024-05-06"),
    ("Holders will get 70 percent more, in cash and shares, than the price on Friday.", "2024-05-08", "Friday", "2024-05-03"),
    ("The firm will pay $95 a share, a premium of 45% to the closing price on Friday.", "2024-05-08", "Friday", "2024-05-03"),
    ("The club will appeal the ban, its lawyers said in a statement on Monday.", "2024-05-08", "Monday", "2024-05-06"),
    ("Investigators will examine the wreckage, a light aircraft, from the crash on Friday.", "2024-05-08", "Friday", "2024-05-03"),
    ("The striker will be out for six weeks, after surgery on his foot on Monday.", "2024-05-08", "Monday", "2024-05-06"),
    ("Shops will stay shut, a day after the president, in an address at 8 p.m. on Tuesday, announced the closures.", "2024-05-08", "Tuesday", "2024-05-07"),
    # ... nor a trailing phrase that names its own event, a past frame, a list of days, a
    # participle, or what follows a quote or a headline's colon (review)
    ("Gold will likely hold near $900, its level at the close on Friday.", "2008-02-11", "Friday", "2008-02-08"),
    ("Trump will be the 45th president, the winner of the election on Tuesday.", "2016-11-09", "Tuesday", "2016-11-08"),
    ("Talks will resume Thursday, following the breakdown of the previous round on Tuesday.", "2005-11-09", "Tuesday", "2005-11-08"),
    ("Labour will hold a confidence vote on Corbyn, in a motion from two MPs on Friday.", "2016-06-28", "Friday", "2016-06-24"),
    ("The index will need to recover losses of 2 percent on Monday, 1.5 percent on Tuesday and 3 percent on Wednesday.", "2007-01-11", "Tuesday", "2007-01-09"),
    ("Federal workers will get back pay for the three days of the shutdown, from Saturday to Monday.", "2018-01-23", "Saturday", "2018-01-20"),
    ("Police will return the paintings, stolen from the museum on Sunday, to their owner.", "2012-03-07", "Sunday", "2012-03-04"),
    ("Fed will hold rates steady: takeaways from the meeting on Wednesday.", "2010-05-06", "Wednesday", "2010-05-05"),
    ("Germany will welcome home its World Cup winners, champions in Rio on Sunday, with a fan party.", "2014-07-14", "Sunday", "2014-07-13"),
    # ... but an aside closed before a phrase that goes on from the verb, a parenthesis inside it, a coordination
    ("Germany will play Argentina or Mexico, who meet in Johannesburg later on Sunday (19:30 BST), in the quarter-finals in Cape Town on Saturday.", "2010-06-27", "Saturday", "2010-07-03"),
    ("They will then return to Mina to sacrifice an animal, usually a sheep, for Eid al-Adha, the Feast of the Sacrifice, on Saturday.", "2006-12-28", "Saturday", "2006-12-30"),
    ("Officers will hand out leaflets between 5pm and 7pm this evening, and again on Tuesday, a week after she vanished.", "2001-11-30", "Tuesday", "2001-12-04"),
    ("In the draft, 224 players will be picked in all, the last of them late Saturday afternoon.", "2025-04-24", "late Saturday afternoon", "2025-04-26TAF"),
    # ... and a month, the same way ("plans to" counts as "will")
    ("Microsoft plans to release Windows Vista, the next version of its operating system, in November.", "2006-07-12", "November", "2006-11"),
    ("The winner will face President Clinton, who has no serious challenger for the nomination, in November.", "1996-02-29", "November", "1996-11"),
    ("Tolls will be waived for two days over Deepavali on Nov 13, and during Chinese New Year in February.", "2012-09-28", "February", "2013-02"),
    ("Prices will stay high, well above the lows seen in March.", "2012-09-28", "March", "2012-03"),
    # ... not across an aside before a phrase naming something that happened, a comment in
    # parentheses, an ordinal of past events, or a coordinated noun (second review)
    ("Two men will appear in court, police say, in connection with the stabbing of a teenager on Sunday.", "2011-05-10", "Sunday", "2011-05-08"),
    ("The airline will refund passengers, most of them tourists, for the delays at Gatwick on Monday.", "2010-11-03", "Monday", "2010-11-01"),
    ("The bank will pay a fine (its largest ever) for a data breach at its London office on Friday.", "2014-03-04", "Friday", "2014-02-28"),
    ("The regulator will review two outages at the exchange, the second on Tuesday.", "2012-10-04", "Tuesday", "2012-10-02"),
    ("Regulators will look into the trading halt, and losses at small brokers on Monday.", "2011-08-10", "Monday", "2011-08-08"),
    # ... and only a weekday or a month: a clock or a relative date may be the story's own
    # more present verbs of a schedule ("delivers", "publishes", "posts" results)
    ("The inquiry publishes its first report on Wednesday.", "2019-10-28", "Wednesday", "2019-10-30"),
    ("The chancellor delivers her first Budget on Wednesday.", "2024-10-26", "Wednesday", "2024-10-30"),
    ("FedEx posts fiscal third-quarter numbers Thursday.", "2023-03-13", "Thursday", "2023-03-16"),
    # ... but not "launches", "presents" or "makes", as often nouns or a narrative's present (third review)
    ("Japan lodged a protest over the missile launches on Sunday.", "2024-10-23", "Sunday", "2024-10-20"),
    ("Ennis makes her move on the final bend on Saturday and holds on for gold.", "2021-06-13", "Saturday", "2021-06-12"),
    # ... and a headline's schedule verb still looks ahead (third review)
    ("Tate Modern reopens on Saturday after two-year refit", "2025-03-03", "Saturday", "2025-03-08"),
    ("Two rocket launches on Monday were scrubbed.", "2016-07-06", "Monday", "2016-07-04"),
    ("China launches new crewed mission on Sunday", "2022-06-06", "Sunday", "2022-06-05"),
    ("Some posts used a photo taken at 11 a.m. on Friday.", "2017-01-22", "Friday", "2017-01-20"),
    # "Since last year, ..." is a span up to now, not the year the story is told in ("Last year, ..." is)
    ("Since last year, the regulator has stepped up scrutiny. In March, it ordered an investigation.", "2022-10-20", "March", "2022-03"),
    ("Last year, the regulator stepped up scrutiny. In March, it ordered an investigation.", "2022-10-20", "March", "2021-03"),
    # ... unless a "when" clause restates the year
    ("Since last year, when the pandemic hit in March, the firm has lost half its revenue.", "2021-06-10", "March", "2020-03"),
    # a possessive year lends its year only inside its own clause or an aside of its own event, not from an aside before it
    ("Last year's final, played in January, drew a record audience.", "2016-06-15", "January", "2015-01"),
    ("Trump, who opposed the deal during last year's election campaign, ordered a fresh review in April.", "2025-06-15", "April", "2025-04"),
    ("Next year's meeting will be held in Toyako in July.", "2025-06-15", "July", "2026-07"),
    # a bare season after "from", "into", "at least", "once", "end/start to", or joined to another season
    ("The curbs will stay until at least spring.", "2007-03-28", "spring", "2007-SP"),
    ("The regulator pushes its decision into summer.", "2025-02-28", "summer", "2025-SU"),
    ("Officials warned the virus could surge again in the fall and winter.", "2020-07-21", "winter", "2020-WI"),
    ("Distributing doses could take until the summer or fall, they said.", "2020-12-12", "fall", "2021-FA"),
    ("Prices fell on forecasts of a mild start to winter in Europe.", "2006-12-15", "winter", "2006-WI"),
    # ... and a season joined to a verb ends its phrase (second review)
    ("Prices climbed in summer and fell in autumn.", "2016-02-17", "summer", "2015-SU"),
    ("The rains came in spring and again in autumn.", "2017-09-13", "spring", "2017-SP"),
    # ... but not a season word that is a noun or a verb, a name or a compound, nor seasons joined before a noun (review)
    ("Bottled water drawn from spring-fed lakes is safe, officials said.", "2018-02-21", "spring", None),
    ("Leaves that once fall from the trees are collected by crews.", "2019-09-18", "fall", None),
    ("Revenue from fall and winter sales rose 5 percent at the retailer.", "2011-10-05", "fall", None),
    ("Farmers are switching from winter to spring wheat this year.", "2011-10-05", "winter", None),
    ("The town's water supply comes from spring and well water.", "2011-10-05", "spring", None),
    ("Prices have fallen since autumn and they're still falling.", "2019-01-15", "autumn", "2018-FA"),
    ("It was a fall from grace.", "2024-05-08", "fall", None),
    ("Prices could fall from record highs.", "2024-05-08", "fall", None),
    ("The body was flown to Sukkur on Friday and will be taken to Larkana, where she is to be buried beside her father, later in the day.", "2007-12-28", "later in the day", "2007-12-28"),
]


@pytest.mark.parametrize("text,ref,span,value", CASES)
def test_session29_rule(text, ref, span, value):
    got = {m.text: m.value for m in timeline.tag(text, ref)}
    assert got.get(span) == value, got
