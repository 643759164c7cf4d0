"""Session 21's rules, each with the near misses that guard it: one table of
(text, reference, span, value), read by one test."""

import pytest

import timeline

# 2009-06-13 is a Saturday
CASES = [
    # a bare midnight of a past deed on the reference day: the one that began the day
    ("Rescuers working under floodlights pulled 34 people out alive by midnight.", "2009-06-13", "midnight", "2009-06-12T24:00"),
    ("Thousands of people queued at the temple from midnight to light incense.", "2009-06-13", "midnight", "2009-06-12T24:00"),
    # ... but what a past clause announced is still ahead
    ("The union called a strike from midnight.", "2009-06-13", "midnight", "2009-06-13T24:00"),
    ("The government imposed a curfew until midnight.", "2009-06-13", "midnight", "2009-06-13T24:00"),
    ("Officials said the polls would stay open until midnight.", "2009-06-13", "midnight", "2009-06-13T24:00"),
    # ... and a range's end is the end of its start's day
    ("Police received 1,200 calls between 4 p.m. and midnight.", "2009-06-13", "midnight", "2009-06-13T24:00"),
    # a clock range of a standing rule with no day named: a time of every day it holds
    ("Under a court order, bursting crackers is banned between 10 pm and 6 am.", "2009-10-12", "6 am", "XXXX-XX-XXT06:00"),
    ("In Delhi, the night curfew from 11 pm to 5 am, in force since Monday, rules out parties tonight.", "2021-12-31", "11 pm", "XXXX-XX-XXT23:00"),
    ("A curfew inside the central city cordon runs from 6.30pm to 6.30am.", "2011-02-25", "6.30pm", "XXXX-XX-XXT18:30"),
    ("Government offices would work from 10 a.m. to 3 p.m. during the holy month.", "2015-06-18", "10 a.m.", "XXXX-XX-XXT10:00"),
    # ... a word of habit next to the clock governs it in a past clause too
    ("Police closed the causeway to traffic from 7 a.m. to 10 p.m. daily after crowds passed 300,000.", "2004-10-02", "7 a.m.", "XXXX-XX-XXT07:00"),
    ("Ford, who has held a news conference every day at 1 p.m. since March 17, urged families to stay home.", "2020-04-01", "1 p.m.", "XXXX-XX-XXT13:00"),
    # ... but not a habit word of another phrase, a curfew imposed once, or a named day
    ("Suburban services, which carry six million commuters daily, were restored at around 11 pm.", "2006-07-12", "around 11 pm", "2006-07-12T23:00"),
    ("Columbia imposed a curfew from 6 p.m. to 6 a.m.", "2015-10-04", "6 p.m.", "2015-10-04T18:00"),
    ("The rebels declared a curfew in Damascus from 4pm to 5am.", "2024-12-08", "4pm", "2024-12-08T16:00"),
    ("The curfew will run from 10pm tonight.", "2024-12-08", "10pm tonight", "2024-12-08T22:00"),
    # 2015-11-04 is a Wednesday. A list whose items each name a thing and its day: the items
    # look the way the first did
    ("Parades are planned for Auckland on Friday, Christchurch on Saturday and Wellington next Monday.", "2015-11-04", "Saturday", "2015-11-07"),
    ("Schools would close on Monday, the rest of the North Island on Tuesday, and the South Island on Wednesday.", "2015-11-04", "Tuesday", "2015-11-10"),
    # ... but not across a verb or a sentence
    ("The talks, which began on Monday, end on Friday.", "2015-11-04", "Friday", "2015-11-06"),
    ("Police said on Monday, the suspect was seen on Saturday.", "2015-11-04", "Saturday", "2015-10-31"),
    ("He spoke in Tokyo on Tuesday afternoon, his second in four days. On Friday, in Nagoya, he had apologised.", "2015-11-04", "Friday", "2015-10-30"),
    # a yearless day a few days from a day stated with its year just before: that year
    ("Tilley was found dead on the morning of 4 November 1997.\n\nThe prosecution said she was killed between 11.40pm on 3 November and 1am.",
     "2019-06-18", "3 November", "1997-11-03"),
    ("Tilley was found dead on the morning of 4 November 1997.\n\nThe prosecution said she was killed between 11.40pm on 3 November and 1am.",
     "2019-06-18", "11.40pm", "1997-11-03T23:40"),
    # ... not after a birth date, nor when the reference's reading is the news of the last weeks
    ("Smith was born on May 3, 1950, in Leeds.\n\nHe died on May 1 at his home.", "2019-06-18", "May 1", "2019-05-01"),
    ("The attacks of Sept. 11, 2001 changed the city. Markets fell sharply on September 10.", "2008-09-15", "September 10", "2008-09-10"),
    # decades in words with their century, epithets, "the aughts"; "the 60s" with neither
    # century nor apostrophe after "the"
    ("In the late nineteen-eighties the market busted.", "2019-06-18", "the late nineteen-eighties", "198"),
    ("It was the Roaring Twenties.", "2019-06-18", "the Roaring Twenties", "192"),
    ("In the aughts it boomed.", "2019-06-18", "the aughts", "200"),
    ("Born in the late 50s, he grew up in the 70s.", "2019-06-18", "the 70s", "197"),
    # ... but not a temperature, a price or an age, nor the ambiguous "the 20s"
    ("Highs will be in the 60s.", "2019-06-18", "the 60s", None),
    ("Seattle's heat wave broke records. \"We had a week in the 90s once,\" she said.", "2019-06-18", "the 90s", None),
    ("Shares traded in the 80s all week.", "2019-06-18", "the 80s", None),
    ("The 20s were wild.", "2019-06-18", "The 20s", None),
    # "N years ago" with a day, a part of a day or a month of its own: that one, N years back
    ("Ten years ago this morning, the first plane hit the tower.", "2011-09-11", "Ten years ago this morning", "2001-09-11TMO"),
    ("Ten years ago tonight, the crowds gathered.", "2019-12-31", "Ten years ago tonight", "2009-12-31TNI"),
    ("It was 20 years ago last month that the war began.", "2023-03-15", "20 years ago last month", "2003-02"),
    ("Fifty years ago tomorrow, the Allies landed in Normandy.", "1994-06-05", "Fifty years ago tomorrow", "1944-06-06"),
    # "a generation ago", "the distant past": the past, no date
    ("A generation ago, this town made steel.", "2018-04-17", "A generation ago", "PAST_REF"),
    ("Not that long ago, the news was good.", "1998-01-08", "long ago", None),
    # a weekday with its day number: the date nearest the reference with both (2005-11-23 is a Wednesday)
    ("THURSDAY 24\nThe parade steps off at 9 a.m.", "2005-11-23", "THURSDAY 24", "2005-11-24"),
    ("The vote is on Thursday 24th.", "2005-11-23", "Thursday 24th", "2005-11-24"),
    ("It happened on Friday the 13th.", "2005-11-23", "Friday the 13th", "2005-05-13"),
    # ... not a count after the weekday
    ("On Friday 30 people died.", "2005-11-23", "Friday", "2005-11-18"),
    ("On Friday 2,000 people marched.", "2005-11-23", "Friday", "2005-11-18"),
    # a diary's weekday heading: ahead, unless the entry under it is past (2014-09-14 is a Sunday)
    ("THE WEEK AHEAD\n\nMONDAY\nDavid Cameron makes his last visit of the campaign.\n\nTUESDAY\nThe parties publish a pledge.",
     "2014-09-14", "TUESDAY", "2014-09-16"),
    ("Scotland decides\n\nTHURSDAY: POLLING DAY\nPolls open at 7am and close at 10pm.", "2014-09-14", "THURSDAY", "2014-09-18"),
    ("THE WEEK IN REVIEW\n\nMONDAY\nThe Fed raised rates.\n\nTUESDAY\nShares fell sharply.", "2014-09-14", "TUESDAY", "2014-09-09"),
    # an entry's participial aside does not make it past; stamped lines under a diary heading
    # ahead are that day's (2022-09-16 is a Friday)
    ("Here is what happens next.\n\nSaturday\nThe grandchildren, led by the Prince of Wales, hold a vigil at 18:00 BST.",
     "2022-09-16", "18:00 BST", "2022-09-17T18:00"),
    ("Here is what happens next.\n\nMonday: the funeral\nIt is a bank holiday.\n10:44 BST: The coffin is carried.\n11:00 BST: The service begins.",
     "2022-09-16", "11:00 BST", "2022-09-19T11:00"),
    # "the weekend" said on a Friday in a clause that is not past: tomorrow's (2022-09-16 is a Friday)
    ("He is receiving further tests over the weekend.", "2022-09-16", "the weekend", "2022-W37-WE"),
    ("Markets fell over the weekend.", "2022-09-16", "the weekend", "2022-W36-WE"),
    # a hearing's weekday after an event day told before: the story stays on the event's day
    # (2012-02-29 is a Wednesday)
    ("Daniel Kozak, 27, has pleaded not guilty to murdering Tuan Nguyen, 34, in a park on the night of Saturday, October 15.\n\n"
     "On Wednesday, the jury was shown CCTV footage that the Crown says charts the two men's movements through the night.\n\n"
     "The prosecutor said the footage showed Mr Nguyen leaving the restaurant at 10.05pm.", "2012-02-29", "10.05pm", "2011-10-15T22:05"),
    # ... not a date, which moves the story
    ("A second round of talks on Sept. 19 produced a memorandum. Monitors said on Oct. 1 that the zone did not exist.\n\n"
     "The deadliest day came on Wednesday, when shells hit a school.", "2014-10-05", "Wednesday", "2014-10-01"),
    ("Jordan Pike, 17, died at the scene in Labrador on December 2 last year.\n\n"
     "The inquest in Brisbane today heard officers first saw his car at Southport at 11:40pm.", "2007-07-13", "11:40pm", "2006-12-02T23:40"),
    # ... not a report's "said" or "told", whose content may be that day's
    ("Fighting broke out on April 21.\n\nBritain said on Tuesday it had begun evacuating its nationals, with the first flight leaving at about 1 p.m.",
     "2023-04-25", "1 p.m.", "2023-04-25T13:00"),
    # "N units on/later" from a mention that would land after the reference, in a clause that is
    # not future: the elapsed time, whatever the clause's tense
    ("He died last month at 84.\n\n\"Half a century on, people in the Waikato still talk about the way he stood up,\" his son said.",
     "2007-01-01", "Half a century", "P50Y"),
    # the day of a vote the text told: "polling day", "election night", and the polls' clocks
    # (2006-09-18 is a Monday)
    ("Voters in Ashby go to the polls in a by-election on Thursday, September 28.\n\nPolling day will see stations open from 7am to 10pm.",
     "2006-09-18", "Polling day", "2006-09-28"),
    ("Voters in Ashby go to the polls in a by-election on Thursday, September 28.\n\nPolling day will see stations open from 7am to 10pm.",
     "2006-09-18", "10pm", "2006-09-28T22:00"),
    ("Sunday's election will decide the mayor. Polls open at 8am. Election night parties are planned.", "2006-09-18", "Election night", "2006-09-24TNI"),
    ("Polls closed at 10pm on Thursday's referendum, and the first result was declared at 1.30am.", "2014-09-19", "1.30am", "2014-09-19T01:30"),
    # ... not an opinion poll's day, an original date, nor another clause's clock; with no vote
    # told, "Election Day" is the US holiday
    ("Last Sunday's poll put Yes ahead. Polling day is a holiday.", "2014-09-14", "Polling day", None),
    ("The US votes in November. Election Day is a holiday in some states.", "2006-09-18", "Election Day", "2006-11-07"),
    ("Results from Thursday's referendum showed 51.9 percent voting to leave. Polls closed at 10 p.m., and the outcome became clear around noon Tokyo time.",
     "2016-06-24", "around noon Tokyo time", "2016-06-24T12:00"),
    # a sentence opening with a counted event noun after a possessive day named that event
    ("The death toll from Thursday's bomb attacks rose to more than 50 on Friday, police said. "
     "Three bombs exploded on Underground trains within 50 seconds of each other at about 8:50 a.m.", "2005-07-08", "8:50 a.m.", "2005-07-07T08:50"),
    # ... not a clock with a date of its own after it
    ("Rescuers searched after Tuesday's quake. The quake came less than six months after the magnitude 7.1 quake at 4.35am on September 4.",
     "2011-02-24", "4.35am", "2010-09-04T04:35"),
    # a reporting verb's participle after "be" is a passive, not the clause's past (2004-12-01 is a Wednesday)
    ("Mass will be said at 10 a.m. Friday in St. Mary's.", "2004-12-01", "10 a.m. Friday", "2004-12-03T10:00"),
    ("It has been said on Friday that he left.", "2004-12-01", "Friday", "2004-11-26"),
    # the review's near misses, mended
    ("Smith (born 30 June 1941) died on 2 July.", "2019-09-10", "2 July", "2019-07-02"),
    ("Wind gusts reached the 60s.", "2019-06-18", "the 60s", None),
    ("It will be sunny and in the 80s tomorrow.", "2019-06-18", "the 80s", None),
    ("In the mid-60s, the band toured Europe.", "2019-06-18", "the mid-60s", "196"),
    ("A remake of Friday the 13th is in the works.", "2005-11-23", "Friday the 13th", None),
    ("THE WEEK THAT WAS\n\nMONDAY\nApple unveils a new iPhone.", "2014-09-14", "MONDAY", "2014-09-08"),
    ("Sales figures from the weekend show a 10 percent rise.", "2022-09-16", "the weekend", "2022-W36-WE"),
    ("Chelsea last beat Arsenal on October 29.\n\nOn Monday, Chelsea played Arsenal again. The match kicked off at 8pm.",
     "2012-02-29", "8pm", "2012-02-27T20:00"),
    ("Sara was stabbed on Saturday, November 5.\n\nThe court heard on Tuesday that the attack lasted minutes.", "2012-02-29", "Tuesday", "2012-02-28"),
    ("After Sunday's elections, the new parliament met for the first time on Thursday. Voting for speaker began at 10am.",
     "2006-09-22", "10am", "2006-09-21T10:00"),
    # a run counted in weekends: the weekend just past, or the coming one in a clause ahead
    # (1998-01-20 is a Tuesday); "the (bank) holiday weekend" as "the weekend"
    ("Avatar took $68 million in its third weekend.", "1998-01-20", "its third weekend", "1998-W03-WE"),
    ("The sequel opens its second weekend on Friday.", "1998-01-20", "its second weekend", "1998-W04-WE"),
    ("Shops will close over the bank holiday weekend.", "1998-01-20", "the bank holiday weekend", "1998-W04-WE"),
    # "a second" as the ordinal before a comma and modifiers, a figure or a currency sign
    ("They planned a second, earlier show at 7 p.m.", "2012-02-29", "a second", None),
    ("Ministers signed off a second €130bn bailout.", "2012-02-29", "a second", None),
    ("It lasted a second, then stopped.", "2012-02-29", "a second", "PT1S"),
    ("A second later, it exploded.", "2012-02-29", "A second", "PT1S"),
    # an -ing noun right after a comma ("beginning", "opening") is a participle of the clause before it
    ("Mr Holbrooke held two days of talks with Mr Milosevic, beginning on Monday.", "1999-03-24", "Monday", "1999-03-22"),
    ("The festival will run for a week, opening on Friday.", "1999-03-24", "Friday", "1999-03-26"),
    # a diary heading in bold; plural subjects in -men; "go on sale"
    ("What happens next\n\n**Saturday**\nThe Accession Council meets at St James's Palace at 10am.", "2022-09-09", "10am", "2022-09-10T10:00"),
    ("The selectmen meet again Monday.", "2000-03-02", "Monday", "2000-03-06"),
    ("Tickets go on sale Friday.", "2005-11-29", "Friday", "2005-12-02"),
    # "until midnight" of a past deed on the publication day, unless a clock starts the range;
    # a reported past deed is not announced; "a deadline of midnight"
    ("Revellers danced in the streets until midnight.", "2010-03-05", "midnight", "2010-03-04T24:00"),
    ("Officials said the last survivors were pulled out by midnight.", "2010-03-05", "midnight", "2010-03-04T24:00"),
    ("The UN set a deadline of midnight for the withdrawal.", "2010-03-05", "midnight", "2010-03-05T24:00"),
    ("It was two years ago this summer that the dam burst.", "2019-06-18", "two years ago this summer", "2017-SU"),
    ("A year ago this September, the plant closed.", "2019-06-18", "A year ago this September", "2018-09"),
    # a day just before a day stated with its year, in a later sentence, is in the same year
    # (not the next one); a frame's month long before is the next year's
    ("The ship sank on October 3, 2001. The last radio message was received on October 1.", "2019-06-18", "October 1", "2001-10-01"),
    ("The protests began in December 2019. They continued until March.", "2020-06-18", "March", "2020-03"),
    # a list item opened by a preposition and a name
    ("Flights resume to Bali on Friday, to Lombok on Saturday.", "2015-11-04", "Saturday", "2015-11-07"),
    # a diary heading over stamped lines: the heading alone, the stamps that day's
    ("What to watch\n\nFRIDAY\n9pm: The Great British Bake Off returns.\n10pm: Newsnight.", "2014-09-14", "FRIDAY", "2014-09-19"),
    ("What to watch\n\nFRIDAY\n9pm: The Great British Bake Off returns.\n10pm: Newsnight.", "2014-09-14", "10pm", "2014-09-19T22:00"),
    ("How the week unfolded\n\nTuesday\n10:00: Police arrived at the house.\n11:30: The suspect was arrested.", "2014-09-14", "11:30", "2014-09-09T11:30"),
    # ... a clock after a weekday across a line break joins it only after "at"
    ("The talks resume on Friday\nat 9am in Geneva.", "2014-09-14", "9am", "2014-09-19T09:00"),
    # a hyphenated planned noun after a possessive day ("Thursday's by-election"), the count's small hours
    ("Thursday's by-election is too close to call. The result is expected to be declared at 2am.", "2006-09-20", "Thursday", "2006-09-21"),
    ("Thursday's by-election is too close to call. The result is expected to be declared at 2am.", "2006-09-20", "2am", "2006-09-22T02:00"),
    # a vote day given right after its name; "Friday the 13th" only a title beside a film's words
    ("Polling day is 12 December, and the deadline to register is 26 November.", "2019-11-06", "Polling day", "2019-12-12"),
    ("On polling day, 6 May, turnout reached 65 per cent.", "2010-06-14", "polling day", "2010-05-06"),
    ("Airlines say bookings for Friday the 13th are running below a normal Friday.", "2015-02-09", "Friday the 13th", "2015-02-13"),
    # clocks and deictic days do not join a day or a clock on the next line
    ("FIXTURES\nSATURDAY 14\nFA Cup final, Wembley, 4.45pm\nSUNDAY 15\nPremier League, noon", "2022-05-12", "SUNDAY 15", "2022-05-15"),
    ("TONIGHT\n9pm: News.\nTOMORROW\n8.30pm: Film.", "2022-05-12", "TOMORROW", "2022-05-13"),
    # "exactly N units ago": that very day (mod EQUAL), not moving the story
    ("Exactly 100 years ago, the guns fell silent.", "2018-11-11", "Exactly 100 years ago", "1918-11-11"),
    ("The trip lasted exactly one week.", "2018-11-11", "exactly one week", "P1W"),
]


@pytest.mark.parametrize("text,ref,span,value", CASES)
def test_session21_rule(text, ref, span, value):
    got = {m.text: m.value for m in timeline.tag(text, ref)}
    assert got.get(span) == value, got
