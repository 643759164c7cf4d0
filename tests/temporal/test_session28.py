"""Session 28's rules, each with the near misses that guard it: one table of
(text, reference, span, value), read by one test (a value of None: no mention has that span)."""

import pytest

import timeline

CASES = [
    # "could be" with a participle or adjective looks ahead, like "might be"
    ("Liquidity could be tested on Sunday night, traders said.", "2024-05-08", "Sunday night", "2024-05-12TNI"),
    ("He could be sentenced Friday.", "2024-05-08", "Friday", "2024-05-10"),
    ("The deal could be ready by Friday.", "2024-05-08", "Friday", "2024-05-10"),
    # ... not a perception or a contact, nor a negated clause
    ("The fire could be seen from miles away on Sunday.", "2024-05-08", "Sunday", "2024-05-05"),
    ("Neither he nor his parents could be located Wednesday.", "2024-05-09", "Wednesday", "2024-05-08"),
    ("Smith could not be reached for comment on Tuesday.", "2024-05-08", "Tuesday", "2024-05-07"),
    # ... nor "could have been"
    ("The engine could have been tested on Sunday.", "2024-05-08", "Sunday", "2024-05-05"),
    # a word of habit in another clause does not make a clock generic when its own clause names its day
    ("The market, normally held on Fridays, will instead run Thursday from 3 to 7 p.m., this week only.", "2014-07-02", "7 p.m.", "2014-07-03T19:00"),
    ("He is scheduled to play at 4 p.m. on December 18, in the slot usually given to seniors.", "2010-12-10", "4 p.m.", "2010-12-18T16:00"),
    # ... but a set or a range of weekdays names no day, and a habit in the clock's own clause governs it
    ("It is open from 10am to 5pm daily, with late opening until 9pm on the first Friday of every month.", "2018-09-14", "9pm", "XXXX-XX-XXT21:00"),
    ("Hours are usually short, and staff work 9am to 2.30pm from Monday to Thursday.", "2025-03-28", "2.30pm", "XXXX-XX-XXT14:30"),
    ("It is open every Saturday from 10 a.m. to 4 p.m.", "2014-07-02", "4 p.m.", "XXXX-XX-XXT16:00"),
    ("It is open daily from 9 a.m. to 5 p.m. until Dec. 31.", "2014-07-02", "5 p.m.", "XXXX-XX-XXT17:00"),
    # a hyphenated modifier or noun is no verb ("seventh-seeded", "sign-ups"); a prefixed verb is
    ("FGCU plays seventh-seeded San Diego State there on Sunday at 7:10 p.m.", "2013-03-23", "Sunday", "2013-03-24"),
    ("Sign-ups open at 9 a.m. Monday at the box office.", "2008-03-16", "9 a.m. Monday", "2008-03-17T09:00"),
    ("The long-awaited report comes out Friday.", "2024-05-08", "Friday", "2024-05-10"),
    ("He was re-elected on Sunday.", "2024-05-08", "Sunday", "2024-05-05"),
    ("The rebels test-fired a missile on Sunday.", "2024-05-08", "Sunday", "2024-05-05"),
    # an absolute "with" far from the clause's verb: the clause it hangs on dates the expression
    ("England wriggled out of Australia's grip in the final session with Stuart Clark under-bowled despite taking two wickets in the morning.", "2006-12-01", "the morning", "2006-12-01TMO"),
    # "the eve of" a holiday is placed by the eve: said on the eve, it is this year's
    ("Hong Kong stocks closed at noon for a half-day session on the eve of the Lunar New Year.", "2025-01-28", "the eve of the Lunar New Year", "2025-01-28"),
    ("Stocks closed early on the eve of the Lunar New Year.", "2025-03-10", "the eve of the Lunar New Year", "2025-01-28"),
    # a holiday restated by its month and day takes the occurrence on that day
    ("The government designated Jan. 27 a holiday, creating a six-day break around Lunar New Year's Day, Jan. 29.", "2025-01-17", "Lunar New Year's Day", "2025-01-29"),
    ("Churches were packed on Easter Sunday, April 20.", "2025-01-17", "Easter Sunday", "2025-04-20"),
    ("Churches were packed on Easter Sunday.", "2025-01-17", "Easter Sunday", "2024-03-31"),
    # a past form after a relative and before a preposition is the relative clause's verb
    ("After a final session that ran through Thursday night, the parties reached agreement.", "1998-04-11", "Thursday night", "1998-04-09TNI"),
    # ... but a participle after a copula before one stays an adjective
    ("The road remained closed through the weekend.", "2023-12-27", "the weekend", "2023-W51-WE"),
    # a forward phrase after a pluperfect is a plan as it stood then: the nearer day
    ("Christopher had set a deadline of 10 a.m. Sunday, then extended it by 24 hours.", "1995-11-21", "10 a.m. Sunday", "1995-11-19T10:00"),
    ("He had set a deadline of Friday.", "1995-11-21", "Friday", "1995-11-24"),
    ("He set a deadline of Sunday.", "1995-11-21", "Sunday", "1995-11-26"),
    # a short verbless parenthesis, or a relative clause, between commas before a preposition is skipped
    ("The organizers will present the route of next year's race, the 100th Tour, in Paris on Wednesday.", "2012-10-22", "Wednesday", "2012-10-24"),
    ("The council will hold a public hearing on the budget, also by Zoom, on Tuesday at 6 p.m.", "2020-05-28", "Tuesday", "2020-06-02"),
    ("Germany will play Argentina or the Netherlands, who meet in Sao Paulo tonight, in the final on Sunday.", "2014-07-09", "Sunday", "2014-07-13"),
    ("Prices fell sharply, the worst drop in years, on Monday.", "2014-07-09", "Monday", "2014-07-07"),
    # ... not a clause of its own, nor one a subordinator opens
    ("ATMs will not dispense cash on Thursday, after Prime Minister Modi, in an address at 8 p.m. on Tuesday, announced the ban.", "2016-11-09", "Tuesday", "2016-11-08"),
]


@pytest.mark.parametrize("text,ref,span,value", CASES)
def test_session28_rule(text, ref, span, value):
    got = {m.text: m.value for m in timeline.tag(text, ref)}
    assert got.get(span) == value, got
