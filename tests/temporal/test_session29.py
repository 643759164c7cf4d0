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
    # ... and only a weekday: a clock or a relative date may be the story's own
    # a bare season after "from", "into", "at least", "once", "end/start to", or joined to another season
    ("The curbs will stay until at least spring.", "2007-03-28", "spring", "2007-SP"),
    ("The regulator pushes its decision into summer.", "2025-02-28", "summer", "2025-SU"),
    ("Officials warned the virus could surge again in the fall and winter.", "2020-07-21", "winter", "2020-WI"),
    ("Distributing doses could take until the summer or fall, they said.", "2020-12-12", "fall", "2021-FA"),
    ("Prices fell on forecasts of a mild start to winter in Europe.", "2006-12-15", "winter", "2006-WI"),
    # ... but not a season word that is a noun or a verb
    ("It was a fall from grace.", "2024-05-08", "fall", None),
    ("Prices could fall from record highs.", "2024-05-08", "fall", None),
    ("The body was flown to Sukkur on Friday and will be taken to Larkana, where she is to be buried beside her father, later in the day.", "2007-12-28", "later in the day", "2007-12-28"),
]


@pytest.mark.parametrize("text,ref,span,value", CASES)
def test_session29_rule(text, ref, span, value):
    got = {m.text: m.value for m in timeline.tag(text, ref)}
    assert got.get(span) == value, got
