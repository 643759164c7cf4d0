"""Clause tense rules that decide which year or week a date falls in."""

import pytest

from tests.temporal._cases import check, ids

CASES = [
    # a past verb governing the date itself looks back, even to a date a few days ahead
    ("In the year-ago quarter, the second quarter ended Oct. 31, the company lost money.", "1989-10-27", "Oct. 31", "DATE", "1988-10-31"),
    ("He died on May 2, his family said.", "2024-04-28", "May 2", "DATE", "2023-05-02"),
    ("The law took effect on July 1.", "2011-06-15", "July 1", "DATE", "2010-07-01"),
    ("The law takes effect on July 1.", "2011-06-15", "July 1", "DATE", "2011-07-01"),
    ("The decision was made at the summit held on January 9 in Libreville.", "2005-12-15", "January 9", "DATE", "2005-01-09"),
    ("The vote was set to be held on January 9.", "2005-12-15", "January 9", "DATE", "2006-01-09"),
    ("The treaty was signed on January 3.", "2005-12-15", "January 3", "DATE", "2005-01-03"),
    # a past verb after a relative pronoun is the clause's verb ("that" is no determiner there)
    ("The number of parties is nearly triple the number that stood in January.", "2005-12-15", "January", "DATE", "2005-01"),
    ("It is the deal that ended the strike in January.", "2005-12-15", "January", "DATE", "2005-01"),
    # a commodity contract month is this month or one ahead, whatever the clause's tense
    ("Brent North Sea crude for December delivery dived 2 dollars.", "2005-11-10", "December", "DATE", "2005-12"),
    ("Light sweet crude for December settlement closed up 48 cents.", "2006-11-15", "December", "DATE", "2006-12"),
    ("Light sweet crude for delivery in January fell 1.2 dollars.", "2005-11-10", "January", "DATE", "2006-01"),
    ("The December contract rose 3 cents.", "2005-11-10", "December", "DATE", "2005-12"),
    ("Deliveries fell in October.", "2005-11-10", "October", "DATE", "2005-10"),
    # a month's figures or events are no contract (review 7)
    ("Airbus said its March deliveries rose to 63 jets.", "2024-04-10", "March", "DATE", "2024-03"),
    ("The airline took delivery in March of its first A350.", "2024-05-08", "March", "DATE", "2024-03"),
    ("The March contract for natural gas expired last week.", "2024-04-10", "March", "DATE", "2024-03"),
    ("The company announced February contracts worth $3 billion.", "2024-04-10", "February", "DATE", "2024-02"),
    ("Washington will respond to the attack that killed the servicemen in June.", "1997-04-28", "June", "DATE", "1996-06"),
    ("The bank expects that reduced rates in June will help borrowers.", "2024-05-08", "June", "DATE", "2024-06"),
    # "now" after a future auxiliary leaves the clause future; an event's year said after it
    ("The aircraft will now be delivered to customers in October.", "2010-04-14", "October", "DATE", "2010-10"),
    ("He has lived there since the September 11 attacks in 2001.", "2010-04-14", "September 11", "DATE", "2001-09-11"),
    # ...but not a verb that names a date still to come
    ("Bush has declared January 2 as a national day of mourning.", "2006-12-30", "January 2", "DATE", "2007-01-02"),
    ("If the government fell on Dec. 8, a vote would follow.", "2005-11-07", "Dec. 8", "DATE", "2005-12-08"),
    # ...but a deadline in a past clause is the coming one
    ("The offer was extended to Nov. 20.", "1989-11-02", "Nov. 20", "DATE", "1989-11-20"),
    ("Dunkin' has set Nov. 10 as the deadline for the offer.", "1989-11-02", "Nov. 10", "DATE", "1989-11-10"),
    ("The pact, which had been set to expire Nov. 6, was renewed.", "1989-11-01", "Nov. 6", "DATE", "1989-11-06"),
    # a base form that is also a past form ("cut", "hit") after "to" or a modal is not past
    ("Gazprom is threatening to cut supplies on Monday unless Minsk pays.", "2006-12-29", "Monday", "DATE", "2007-01-01"),
    ("Officials fear the storm could hit the coast on Sunday.", "2024-05-08", "Sunday", "DATE", "2024-05-12"),
    ("The storm hit the coast on Sunday.", "2024-05-08", "Sunday", "DATE", "2024-05-05"),
    # a modal of possibility looks ahead, but not from behind a date in its subject, nor when
    # perfect, negated or passive
    ("Costs of a dumping incident in August could reach millions.", "2006-11-24", "August", "DATE", "2006-08"),
    ("Police said the parents could be located Wednesday.", "2000-01-06", "Wednesday", "DATE", "2000-01-05"),
    ("The hostages may be released on Thursday.", "2024-05-08", "Thursday", "DATE", "2024-05-09"),
    ("The storm could have hit the coast on Sunday.", "2024-05-08", "Sunday", "DATE", "2024-05-05"),
    ("Talks began in May and resume on Tuesday.", "2024-07-14", "May", "DATE", "2024-05"),
    # "as planned", "than expected" compare; they do not look forward
    ("Mr. Bush let the ground offensive begin as previously planned Saturday night.", "1991-02-25", "Saturday night", "DATE", "1991-02-23TNI"),
    ("Profits rose more than expected on Tuesday.", "2024-05-08", "Tuesday", "DATE", "2024-05-07"),
    ("The talks are expected to resume on Tuesday.", "2024-05-05", "Tuesday", "DATE", "2024-05-07"),
    ("The launch, as scheduled, will take place on Friday.", "2024-05-05", "Friday", "DATE", "2024-05-10"),
    # a future auxiliary far back in the same clause still governs
    ("Colonel Eileen Collins will be named commander of the Space Shuttle Columbia for a mission in December.", "1998-03-04", "December", "DATE", "1998-12"),
    # an absolute "with" clause takes the tense of the clause it hangs on
    ("Two flights would leave on Monday nights from March 30, with the third departing each Thursday from August 6.", "1998-02-13", "August 6", "DATE", "1998-08-06"),
    ("Sony completed its tender offer, with shareholders tendering 99.3% of all shares by the Tuesday deadline.", "1989-11-02", "Tuesday", "DATE", "1989-10-31"),
    # ...but not when the clause before is only a report
    ("Officials said, with polls opening on July 20.", "2024-05-05", "July 20", "DATE", "2024-07-20"),
    # a plural present of a schedule verb is present (the nearer day); its bare infinitive is not
    ("He and Arafat meet separately Monday with Albright.", "1998-05-01", "Monday", "DATE", "1998-05-04"),
    ("Everybody will be waiting for the confidence vote on Friday.", "1997-04-05", "Friday", "DATE", "1997-04-11"),
    # a future auxiliary does not reach past "after": "will return after his reelection on Oct. 29"
    ("He will return to office on Monday after his overwhelming reelection with more than 60 percent of the vote on October 29.", "2006-12-30", "October 29", "DATE", "2006-10-29"),
    # a relative clause's verb is not the host clause's tense
    ("The flights carrying Angolans who have volunteered for repatriation, with a Christmas break between December 24 and 25, resume.", "2006-12-19", "Christmas", "DATE", "2006-12-25"),
    ("The delegation is expected to return to Cairo on Tuesday.", "2024-05-05", "Tuesday", "DATE", "2024-05-07"),
    ("The two sides did not meet Monday.", "1998-05-01", "Monday", "DATE", "1998-04-27"),
    ("He announced the start of the Oct. 7 attack.", "2024-07-14", "Oct. 7", "DATE", "2023-10-07"),
    # a fronted expression dates the main verb, past any number of fronted phrases
    ("In January, a week after the 25th anniversary of the Roe vs. Wade decision, a clinic bombing in Birmingham, Ala., killed a guard.",
     "1998-10-25", "January", "DATE", "1998-01"),
    ("In January, a week after the anniversary, the clinic will reopen.", "1998-10-25", "January", "DATE", "1999-01"),
    # a longer fronted phrase closed by the expression and a comma dates the main verb, a
    # reporting verb too
    ("At a donors' conference in June, governments pledged $4.1 billion.", "2016-04-25", "June", "DATE", "2015-06"),
    ("At a meeting in June, ministers will agree on a plan.", "2016-04-25", "June", "DATE", "2016-06"),
    ("At an EU foreign ministers' meeting on Monday, Jack Straw said Britain would act.", "2005-11-27", "Monday", "DATE",
     "2005-11-21"),
    ("During his weekly radio address on Saturday, Thaksin said that Thailand would buy vaccine.", "2005-11-27",
     "Saturday", "DATE", "2005-11-26"),
    # a past participle after "with" is no finite verb: the host clause dates the expression
    ("Cameron promised powers would be agreed by November, with draft legislation published by 25 January.",
     "2014-09-19", "25 January", "DATE", "2015-01-25"),
    ("The department expects the first results from about 11pm, with the last constituencies declared in the early "
     "hours of Sunday.", "2011-05-06", "Sunday", "DATE", "2011-05-08"),
    ("Abbas has been at loggerheads with Hamas since it trounced his Fatah party in January elections.", "2006-12-18",
     "January", "DATE", "2006-01"),  # control: "with" a name, then a clause of its own
    ("China, who had entered the final stage with 12 points, is to compete with its last rival Hong Kong on Thursday.",
     "2005-11-02", "Thursday", "DATE", "2005-11-03"),
    # "the quarter" said in a quarter's last days, with no quarter under discussion: that one
    ("Japan's Nikkei 225 rose 0.8 percent today, but ended the quarter down 4.6 percent.", "2011-03-31",
     "the quarter", "DATE", "2011-Q1"),
    ("Stocks ended the quarter higher.", "2011-04-05", "the quarter", "DATE", "2011-Q1"),
    # "the full year" in January, after the last year's figures, is that year, as "the year" is
    ("China's economy grew 9.2 percent in 2011. Retail sales rose 17.1 percent for the full year.", "2012-01-17",
     "the full year", "DATE", "2011"),
    ("Sales will rise for the full year.", "2012-01-17", "the full year", "DATE", "2012"),  # control
    ("Sales rose in the fourth quarter of 2014. For the full year, it forecast revenue growth of 5 percent.",
     "2015-01-20", "the full year", "DATE", "2015"),  # control: a forecast
    # a month naming a data period is the nearer one, even in a future clause
    ("The U.S. Labor Department will publish its June jobs report on Friday.", "2012-07-02", "June", "DATE",
     "2012-06"),
    ("The summit will be held in June.", "2012-07-02", "June", "DATE", "2013-06"),  # control
    # a state abbreviation's commas are no clause break
    ("Republicans will formally choose their nominee at their convention in Tampa, Fla., in late August.",
     "2012-01-01", "late August", "DATE", "2012-08"),
    ("The hurricane hit Tampa, Fla., in late August.", "2012-01-01", "late August", "DATE", "2011-08"),  # control
    # the commas of a list of places are no clause break either
    ("Sarkozy will travel to Egypt, Israel and the Palestinian territories on Monday, his office said.",
     "2009-01-03", "Monday", "DATE", "2009-01-05"),
    ("The minister will visit Paris, Berlin, Rome and London on Monday.", "2009-01-03", "Monday", "DATE",
     "2009-01-05"),
    ("He will fly to Paris, and the talks began on Monday.", "2009-01-03", "Monday", "DATE", "2008-12-29"),  # control
    ("The minister will visit Leeds, Hull, and York on Friday.", "2015-07-05", "Friday", "DATE", "2015-07-10"),  # Oxford comma
    # "last" after a determiner is an ordinal, and the participle after it an adjective
    ("Residents will be allowed back into the last evacuated streets on Friday.", "2013-07-17", "Friday", "DATE",
     "2013-07-19"),
    ("He last visited Paris on Friday.", "2013-07-17", "Friday", "DATE", "2013-07-12"),  # control: an adverb
    # ... nor of a list of names with their titles, nearer or farther than the window
    ("He is due to meet US President Joe Biden, Japanese Prime Minister Fumio Kishida and Indian Prime Minister"
     " Narendra Modi in Tokyo on Tuesday.", "2022-05-22", "Tuesday", "DATE", "2022-05-24"),
    ("He is due to meet Joe Biden, Fumio Kishida and Narendra Modi in Tokyo on Tuesday.", "2022-05-22", "Tuesday",
     "DATE", "2022-05-24"),
    ("He met Joe Biden, Fumio Kishida and Narendra Modi in Tokyo on Tuesday.", "2022-05-22", "Tuesday", "DATE",
     "2022-05-17"),  # control: past
    ("He is due to meet Biden, and the leaders of the region gathered in Tokyo on Tuesday.", "2022-05-22", "Tuesday",
     "DATE", "2022-05-17"),  # control: a clause after the comma
    # contracted verbs read as the verb: "it's" is, "they're" are, "we'll" will; "it's been" has
    ('"I know it\'s Super Bowl Sunday," Walsh said.', "2015-01-31", "Sunday", "DATE", "2015-02-01"),
    ("They're meeting on Tuesday.", "2015-01-31", "Tuesday", "DATE", "2015-02-03"),
    ("We'll meet on Tuesday.", "2015-01-31", "Tuesday", "DATE", "2015-02-03"),
    ("It's been snowing since Tuesday.", "2015-01-31", "Tuesday", "DATE", "2015-01-27"),
    ("Walsh's speech on Tuesday was short.", "2015-01-31", "Tuesday", "DATE", "2015-01-27"),  # control: a possessive
    # a notice's days are near the report, whatever the tense of the verb that issued it
    ("The National Weather Service issued a winter storm warning from 1 p.m. Sunday to 7 p.m. Monday.", "2015-01-31",
     "7 p.m. Monday", "TIME", "2015-02-02T19:00"),
    ("The National Weather Service issued a winter storm warning for Sunday.", "2015-01-31", "Sunday", "DATE", "2015-02-01"),
    ("The National Weather Service issued a winter storm warning for Sunday.", "2015-02-02", "Sunday", "DATE", "2015-02-01"),
    ("Forecasters issued a warning on Tuesday.", "2015-01-31", "Tuesday", "DATE", "2015-01-27"),  # control: when it was issued
    ("The army will impose a curfew from 10 p.m. Monday.", "2024-05-15", "10 p.m. Monday", "TIME", "2024-05-20T22:00"),  # review
    ("Residents defied a curfew from 8 p.m. Saturday, police said.", "2024-05-15", "8 p.m. Saturday", "TIME", "2024-05-11T20:00"),
    # a plan word right after the expression, before its object, is the subject's past verb
    ("A federal judge Tuesday postponed the trial.", "2016-11-02", "Tuesday", "DATE", "2016-11-01"),
    ("The vote Tuesday postponed until next week was cancelled.", "2016-11-02", "Tuesday", "DATE", "2016-11-08"),  # control
    # a schedule verb after a past verb is its object, a noun ("tracked visits")
    ("The study tracked visits in the year ending March 31.", "2016-11-02", "March 31", "DATE", "2016-03-31"),
    ("Officials said the president visits Paris on Monday.", "2016-11-02", "Monday", "DATE", "2016-11-07"),  # control
    # "was to": a plan as it stood in the past, the nearer day; not "will"
    ("The game was to tip off Wednesday.", "2020-03-12", "Wednesday", "DATE", "2020-03-11"),
    ("Our stance in the February meeting was to respond appropriately.", "1997-04-07", "February", "DATE", "1997-02"),
    ("The vote is to take place on Friday.", "2020-03-12", "Friday", "DATE", "2020-03-13"),  # control
    # an attributive participle ("their scheduled close") is no plan of the clause
    ("Talks ran more than 24 hours beyond their scheduled close at 6pm on Friday.", "2021-11-14", "Friday", "DATE",
     "2021-11-12"),
    ("With the visit by the minister on Monday and Tuesday and the expected visits by Rice, ties are warming.",
     "2005-11-30", "Tuesday", "DATE", "2005-11-29"),
    ("The upcoming vote on Friday is crucial.", "2021-11-14", "Friday", "DATE", "2021-11-19"),  # control: an adjective
    ("The scheduled vote on Friday will go ahead.", "2021-11-14", "Friday", "DATE", "2021-11-19"),  # control
    # a name in apposition between commas ends no clause
    ("A prayer meeting will be held at her home, Prabhukunj, on Thursday.", "2022-02-07", "Thursday", "DATE", "2022-02-10"),
    ("The team will play in Paris, France, on Monday.", "2013-08-31", "Monday", "DATE", "2013-09-02"),
    ("He will speak to Smith, who resigned, on Monday.", "2013-08-31", "Monday", "DATE", "2013-08-26"),  # control
    # the second of two weekdays opening a "that" clause reads that clause's verb
    ("He declared that Thursday and Friday would be public holidays.", "2018-05-10", "Friday", "DATE", "2018-05-11"),
    ("He said that Monday and Tuesday were the worst days.", "2018-05-10", "Tuesday", "DATE", "2018-05-08"),  # control
    # "expected to"/"due to" beyond the nearest words still looks ahead
    ("Rebel leader Laurent Kabila has agreed to historic face-to-face talks with Zaire's embattled President Mobutu "
     "Sese Seko aboard a South African naval vessel Friday, rebel officials told AFP.", "1997-04-30", "Friday", "DATE",
     "1997-05-02"),
    # a possessive day's event: after it under "will" ahead; cancelled or moved, the nearer day
    ("The trophy will be presented after Saturday's home game against Everton.", "2016-05-03", "Saturday", "DATE", "2016-05-07"),
    ("Fans celebrated after Saturday's home game.", "2016-05-03", "Saturday", "DATE", "2016-04-30"),  # control
    ("Broadway theaters canceled Sunday night's and Monday's performances.", "2012-10-29", "Monday", "DATE", "2012-10-29"),
    # a plan verb with a particle that makes it another verb is no plan ("set up": established)
    ("The authority was not set up until December, after a political fight.", "2016-04-25", "December", "DATE", "2015-12"),
    ("The hearing was set for December.", "2016-04-25", "December", "DATE", "2016-12"),  # control
    ("The vote was put off until Friday.", "2016-04-25", "Friday", "DATE", "2016-04-29"),  # control
    # review 10: near misses of this session's rules
    ("The snap election on July 4 caught Conservative MPs by surprise.", "2024-05-23", "July 4", "DATE", "2024-07-04"),
    # a past relative clause after a date may tell of the fact, not of the day: no cue
    ("The tariffs will take effect on Aug 1, which surprised analysts.", "2025-07-10", "Aug 1", "DATE", "2025-08-01"),
    ("The central bank will next meet on Nov 7, which gave traders three weeks.", "2024-10-15", "Nov 7", "DATE",
     "2024-11-07"),
    # a ceasefire is no notice of its own days
    ("The rebels declared a unilateral ceasefire from Dec. 24 that collapsed within days.", "2024-07-15", "Dec. 24",
     "DATE", "2023-12-24"),
    # notices of a period, a mourning, an emergency are of their own days, near the report
    ("The government declared a seven-day national mourning period through Jan. 4.", "2024-12-31", "Jan. 4",
     "DATE", "2025-01-04"),
    ("The concert on June 8 sold out in minutes.", "2024-05-15", "June 8", "DATE", "2024-06-08"),
    ("The truce they agreed expires on Friday.", "2024-05-15", "Friday", "DATE", "2024-05-17"),
    ("The visa she obtained expires in July.", "2024-05-15", "July", "DATE", "2024-07"),
    ("Police said there's no evidence the fire on Saturday was arson.", "2024-05-15", "Saturday", "DATE", "2024-05-11"),
    ("Doctors said he's recovering after surgery on Saturday.", "2024-05-15", "Saturday", "DATE", "2024-05-11"),
    ("'It's Christmas Eve and I'm stuck at the airport,' she told the BBC.", "2024-01-03", "Christmas Eve", "DATE", "2023-12-24"),
    ("Union leaders said the planned walkout on Monday would go ahead.", "2024-05-15", "Monday", "DATE", "2024-05-20"),
    ("The team is focused on its scheduled match on Sunday.", "2024-05-15", "Sunday", "DATE", "2024-05-19"),
    ("'Arsenal host Chelsea on Sunday,' the announcer said.", "2024-05-15", "Sunday", "DATE", "2024-05-19"),  # a quote mark
    ("Inflation is expected to ease, with the latest figures published on Tuesday showing a fall.", "2024-05-15",
     "Tuesday", "DATE", "2024-05-14"),
    ("Both teams line up on Saturday.", "2024-05-15", "Saturday", "DATE", "2024-05-18"),
    ("LONDON, May 12 -- Voters go to the polls on Thursday.", "2024-05-15", "Thursday", "DATE", "2024-05-16"),
    # a list item after an aside (", which was a holiday,") reads the list's verb, not the aside's
    ("Schools will close Monday, which was a holiday, and Tuesday.", "2021-02-14", "Tuesday", "DATE", "2021-02-16"),
    ("He met the mayor, who resigned, and on Tuesday he met the governor.", "2021-02-14", "Tuesday", "DATE", "2021-02-09"),  # control
    # "that fell", "that rose", "that ran" are verbs: the clause is past ("beginning on" no plan)
    ("Streets are still buried under the snow that fell for five days beginning on Christmas Eve.",
     "2001-12-31", "Christmas Eve", "DATE", "2001-12-24"),
    # "through" after a verb of going on is how long it went on, not a deadline ahead
    ("Ministers negotiated through Thursday night and into Friday.", "2015-12-12", "Thursday night", "DATE",
     "2015-12-10TNI"),
    ("The government extended the deadline through Thursday.", "2015-12-12", "Thursday", "DATE", "2015-12-17"),
    # irregular pasts of economic news ("shrank") date the clause
    ("Japan's economy shrank an annualized real 12.7 percent in the October-December quarter.", "2009-02-16",
     "the October-December quarter", "DATE", "2008-Q4"),
    # a temporal clause hanging on "will" tells a future in the present, however long
    ("Spanish borrowing costs have risen, and the Treasury will test demand when it sells up to 3.5 billion "
     "euros of bonds on Wednesday.", "2012-03-31", "Wednesday", "DATE", "2012-04-04"),
    ("The Treasury will test demand, which fell sharply when it sold bonds on Wednesday.", "2012-03-31",
     "Wednesday", "DATE", "2012-03-28"),  # control: its own past verb
    # a participle after "of" is an adjective ("the list of elected members"), no past verb
    ("The Election Commission will hand the list of elected members to the President on Sunday.", "2014-05-17",
     "Sunday", "DATE", "2014-05-18"),
    # a plural present of a schedule verb looks ahead, as a fixture does
    ("Stocks close higher on Thursday as oil rebounds.", "2015-07-10", "Thursday", "DATE", "2015-07-09"),  # a market report
    ("The champions travel to Manchester City on Thursday.", "2020-06-26", "Thursday", "DATE", "2020-07-02"),
    ("The leaders meet in Brussels on Monday.", "2016-06-22", "Monday", "DATE", "2016-06-27"),
    ("The World Cup kicks off tomorrow, when Bafana Bafana take on Mexico at 4pm.", "2010-06-10", "4pm", "TIME",
     "2010-06-11T16:00"),
    ("Investors take profits on Monday.", "2010-06-10", "Monday", "DATE", "2010-06-07"),  # control
    ("Smith also swims in the 200 metres butterfly heats on Wednesday.", "1996-07-22", "Wednesday", "DATE", "1996-07-24"),
    ("The Fed chairman testifies before Congress on Wednesday.", "1996-07-22", "Wednesday", "DATE", "1996-07-24"),
    ("Wen told his French hosts Tuesday that more effort was needed.", "2005-12-07", "Tuesday", "DATE", "2005-12-06"),  # control: a noun
    ("Candidates need the backing of 100 MPs, and nominations close at 2pm on Monday.", "2022-10-20", "Monday", "DATE",
     "2022-10-24"),
    ("Stocks close higher on Thursday as oil rebounds.", "2015-07-10", "Thursday", "DATE", "2015-07-09"),  # control
    ("The Analysts said the Knesset vote on Monday showed the rebels' strength.", "2005-11-08", "Monday", "DATE",
     "2005-11-07"),  # control: a noun after a name
    ("Japan refused to renew leases on US facilities when they expire in May.", "1997-04-07", "May", "DATE",
     "1997-05"),
    # a schedule in a relative clause looks ahead too
    ("Delegates gathered for an AIDS conference in Melbourne that opens on Sunday.", "2014-07-18", "Sunday",
     "DATE", "2014-07-20"),
    # a negated past before "until" tells what happened only then
    ("The T shut down at midnight and did not reopen until Wednesday morning.", "2015-01-31", "Wednesday morning",
     "DATE", "2015-01-28TMO"),
    ("He was given until Friday to leave.", "2015-01-31", "Friday", "DATE", "2015-02-06"),  # control: a deadline
    ("Police said they did not expect to make arrests until Thursday.", "2015-07-01", "Thursday", "DATE",
     "2015-07-02"),  # control: what is negated looks ahead
    ("He remained in custody until at least Thursday.", "2015-07-05", "Thursday", "DATE", "2015-07-02"),
    # "until at least": the deadline word is read past the bound
    ("DFS extended the closure of all German airports until at least 2 pm (1200 GMT) Monday.", "2010-04-18",
     "2 pm", "TIME", "2010-04-19T14:00"),
    ("DFS extended the closure until at least Monday.", "2010-04-18", "Monday", "DATE", "2010-04-19"),
    # "might/may not" still looks ahead; "could not" tells what was not done
    ("The utility warned some might not be reconnected until the weekend.", "2013-12-24", "the weekend", "DATE",
     "2013-W52-WE"),
    ("Officials said a government might not be finalised until April.", "2005-12-15", "April", "DATE", "2006-04"),
    ("He could not attend on Monday.", "2013-12-24", "Monday", "DATE", "2013-12-23"),  # control
    # "due on <day>" is a plan, unless a past verb follows
    ("The council said bin collections due on Wednesday and Thursday would be made a day later.", "2024-12-30",
     "Wednesday", "DATE", "2025-01-01"),
    ("Greece missed a 1.6 billion euro payment due on Tuesday to the IMF.", "2015-07-01", "Tuesday", "DATE",
     "2015-06-30"),  # control: a past verb before it in its clause
    ("The payment due on Wednesday was delayed.", "2024-12-30", "Wednesday", "DATE", "2024-12-25"),  # control
    ("A 1.5 billion euro installment fell due on Tuesday.", "2015-07-05", "Tuesday", "DATE", "2015-06-30"),  # control
    # an old plan ("originally planned for March", then postponed) is past
    ("The work was originally planned for March but was postponed because of wet weather.", "2006-05-05",
     "March", "DATE", "2006-03"),
    ("The government had been initially scheduled for January 25, but was delayed.", "1997-04-11",
     "January 25", "DATE", "1997-01-25"),
    # a schedule verb right before the day reads its word after the day ("runs Thursday through")
    ("The book sale runs Thursday through Saturday at the library.", "2019-03-31", "Thursday", "DATE",
     "2019-04-04"),
    ("The sale runs Thursday.", "2019-03-31", "Thursday", "DATE", "2019-03-28"),  # control: the nearer
    ("He will fly to Paris, the talks ended and the ministers left on Monday.", "2009-01-03", "Monday", "DATE",
     "2008-12-29"),  # control: verbs in the "items" make them clauses
    # "looking ahead to Friday's jobs report": ahead
    ("Traders are already looking ahead to Friday's jobs report.", "2010-01-04", "Friday", "DATE", "2010-01-08"),
    # "weeks left until Christmas": what remains, not a verb
    ("With less than four weeks left until Christmas, chains plan deeper discounts.", "2014-11-30", "Christmas",
     "DATE", "2014-12-25"),
    ("He left on Christmas.", "2014-11-30", "Christmas", "DATE", "2013-12-25"),  # control: the verb
    # the quarter just ended, whose results are reported after it, in a future clause
    ("Alcoa will unofficially open the fourth-quarter earnings season next Monday.", "2010-01-04", "fourth-quarter",
     "DATE", "2009-Q4"),
    ("Sales will rise in the second quarter.", "2010-01-04", "the second quarter", "DATE", "2010-Q2"),  # control
    # a date being set ("set May 14 as the election date") is one still to come
    ("He had set May 14 as the election date earlier this year.", "2023-02-06", "May 14", "DATE", "2023-05-14"),
    ("Dunkin' has set Nov. 10 as the deadline for offers.", "1989-11-01", "Nov. 10", "DATE", "1989-11-10"),
    ("The vote was held on May 14 as planned.", "2023-06-06", "May 14", "DATE", "2023-05-14"),  # control
    # a past verb in a temporal clause hanging on "would" is a future seen from the past
    ("If they failed, the higher tariffs would take effect when the deadline expired on March 1.", "2018-12-16",
     "March 1", "DATE", "2019-03-01"),
    ("The tariffs took effect when the deadline expired on March 1.", "2018-12-16", "March 1", "DATE", "2018-03-01"),
    ("The league will review the incident after a fan was injured on Saturday.", "2024-01-05", "Saturday", "DATE",
     "2023-12-30"),  # control: after "will" the past verb is past
    ("The president was ill, and on Friday the vice president will chair the meeting.", "2024-01-03", "Friday",
     "DATE", "2024-01-05"),  # control: "ill" is a word, its comma ends the clause
    ("Thousands attended Mass, and on Sunday the pope will visit the city.", "2024-01-05", "Sunday", "DATE",
     "2024-01-07"),
    # a fronted clock dates the reporting verb, not the future it reports
    ("The talks were scheduled to end on Friday, Dec. 11. They did not. At 9 p.m. that night, the presidency "
     "told delegates that a text would be released the following morning.", "2015-12-20", "9 p.m.", "TIME",
     "2015-12-11T21:00"),
    # a short quotation right before the expression is the object of the verb before it
    ('Trump tweeted "All is well!" late Tuesday, and will make a statement Wednesday morning.', "2020-01-08",
     "late Tuesday", "DATE", "2020-01-07"),
    ('He said "we will win" on Tuesday, and will speak again.', "2020-01-08", "Tuesday", "DATE", "2020-01-07"),
    # a date opening a past sentence is when it happened, not a deadline a few weeks ahead
    ("On May 12, an aftershock killed 150 more people.", "2016-04-25", "May 12", "DATE", "2015-05-12"),
    ("The deaths mounted. On Jan. 9, a small jet crashed near Urumieh.", "2006-11-27", "Jan. 9", "DATE", "2006-01-09"),
    ("Leases expire on May 14, officials said.", "1997-04-06", "May 14", "DATE", "1997-05-14"),  # control: not opening
    ("Sony completed its offer, with the last shares tendered on July 20.", "2024-05-05", "July 20", "DATE", "2023-07-20"),
]


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_tense_cues(case):
    check(case)


# small classes of expressions: holiday weeks, halves of decades, "the first two quarters",
# "then current", "overnight" before the day narrated
MORE = [
    ("Earlier Sunday, protesters prayed as Easter week began.", "2000-04-17", "Easter week", "DATE", "2000-W16"),
    ("Shoppers will crowd the malls over Thanksgiving weekend.", "2024-11-01", "Thanksgiving weekend", "DATE", "2024-W48-WE"),
    ("Sales slowed in the last half of the '80s, analysts said.", "1989-10-26", "the last half of the '80s", "DATE", "198", "END"),
    ("Growth was fast in the first half of the 1990s.", "2001-10-26", "the first half of the 1990s", "DATE", "199", "START"),
    ("The slump will last through the first two quarters of 1990.", "1989-10-26", "the first two quarters of 1990", "DATE", "1990-H1"),
    ("Holders may buy shares at 50% of the then current market price.", "1989-10-26", "then current", "DATE", "PAST_REF"),
    # "overnight" is the night before the report, or the coming one in a forward clause
    ("Volume rose on Tuesday. US stocks rebounded overnight on a drop in oil prices.", "2006-12-27", "overnight", "TIME", "2006-12-26TNI"),
    ("Visibility will remain below 2 miles overnight.", "2006-11-19", "overnight", "TIME", "2006-11-19TNI"),
    ("Shares fell on overnight losses.", "2024-05-05", "overnight", "TIME", "2024-05-04TNI"),
    # "last/next <month>" skips the adjacent month, for which one says "last/next month"
    ("Two helicopters crashed last February.", "1998-03-01", "last February", "DATE", "1997-02"),
    ("Officials left last November.", "1998-03-01", "last November", "DATE", "1997-11"),
    ("The net loss in the 12 months to last March was 52.5 billion yen.", "1997-04-25", "last March", "DATE", "1997-03"),
    ("The deal was signed last April.", "1989-10-27", "last April", "DATE", "1989-04"),
    ("The plant will open next April.", "2024-03-10", "next April", "DATE", "2025-04"),
    ("The plant will open next June.", "2024-03-10", "next June", "DATE", "2024-06"),
    # a named quarter with its end takes the year it ended in
    ("In the year-ago quarter, the second quarter ended Oct. 31, the firm lost money.", "1989-10-27", "the second quarter", "DATE", "1988-Q2"),
    ("Profit rose in the third quarter ended Sept. 30.", "1989-10-27", "the third quarter", "DATE", "1989-Q3"),
    ("It lost $8.1 million in the third quarter ended Sept. 30. This quarter's loss includes charges.", "1989-11-01", "This quarter", "DATE", "1989-Q3"),
    ("It lost $8.1 million in the third quarter ended Sept. 30. This quarter's sales will rise.", "1989-11-01", "This quarter", "DATE", "1989-Q4"),
    # one unit long, without a number; pre-/post- a year; "that same day"
    ("Lawyers emerged from their third day-long meeting.", "2000-04-03", "day-long", "DURATION", "P1D"),
    ("The year-long war ended.", "2000-04-03", "year-long", "DURATION", "P1Y"),
    ("The post-1959 politics of Cuba divided families.", "2000-02-24", "post-1959", "DATE", "1959", "AFTER", None, None),
    ("Output is back to pre-1990 levels.", "2000-02-24", "pre-1990", "DATE", "1990", "BEFORE", None, None),
    ("He was shot on Oct. 23. That same day, a fax was sent.", "1998-11-03", "That same day", "DATE", "1998-10-23"),
]


@pytest.mark.parametrize("case", MORE, ids=ids(MORE))
def test_small_classes(case):
    check(case)


@pytest.mark.parametrize("text", ["He scored in the second half of the match.", "the first half of his term"])
def test_half_of_something_else_is_not_a_year(text):
    import timeline

    assert [m.text for m in timeline.tag(text, "2024-05-05")] == []


# "falls on" a weekday places a day on the calendar (ahead); "the year ended March 31" names a
# period, it is not the clause's verb; a headline's "to" + verb is a plan
PLANS = [
    ("The Lunar New Year falls on Thursday this year.", "2004-01-21", "Thursday", "DATE", "2004-01-22"),
    ("It will be announced on World AIDS Day, which falls on Friday.", "2006-11-29", "Friday", "DATE", "2006-12-01"),
    ("Prices fell on Thursday.", "2004-01-21", "Thursday", "DATE", "2004-01-15"),  # control
    ("Toyota will report results for the fiscal year ended March 31 on Wednesday.", "2019-05-07", "Wednesday", "DATE", "2019-05-08"),
    ("Sony will report results for the half-year ending in September on Friday.", "2019-05-07", "Friday", "DATE", "2019-05-10"),
    ("The company reported a loss for the year ended March 31 on Wednesday.", "2019-05-07", "Wednesday", "DATE", "2019-05-01"),  # control
    ("In the year-ago quarter, the second quarter ended Oct. 31, the firm lost money.", "1989-10-27", "Oct. 31", "DATE", "1988-10-31"),  # control: its own complement
    ("Bus workers to strike from Monday\n\nDUBLIN - Talks collapsed.", "2017-03-01", "Monday", "DATE", "2017-03-06"),
    ("Live updates\n\n14:10 GMT - Crossing to reopen Sunday, says Egyptian source\n\nText.", "2023-10-21", "Sunday", "DATE", "2023-10-22"),
    ("Guide to Sunday's events\n\nText.", "2023-10-21", "Sunday", "DATE", "2023-10-15"),  # control: no verb after "to"
    ("He was the first to arrive on Monday.", "2023-10-21", "Monday", "DATE", "2023-10-16"),  # control: a sentence
    ('"We tried to meet on Monday"\n\nText.', "2023-10-21", "Monday", "DATE", "2023-10-16"),  # control: a quoted line ("We hope to meet" looks ahead as any plain hope does)
]


@pytest.mark.parametrize("case", PLANS, ids=ids(PLANS))
def test_calendar_and_headline_plans(case):
    check(case)


def _values(text, ref):
    import timeline

    return [(m.text, m.value) for m in timeline.tag(text, ref)]


def test_past_deed_of_a_weekday_named_ahead_is_the_day_gone():
    # a weekday told ahead, then the subject of a past deed: the one gone
    got = _values("Pickups scheduled for Monday will be made Tuesday. Tuesday's blizzard dropped two feet of snow.", "2015-01-31")
    assert got[1:] == [("Tuesday", "2015-02-03"), ("Tuesday", "2015-01-27")]
    # controls: a cancelled or planned event of that day stays the one ahead
    got = _values("Shows will resume Monday. Theaters canceled Monday's performances.", "2012-10-28")
    assert got == [("Monday", "2012-10-29"), ("Monday", "2012-10-29")]
    got = _values("The vote will be held Tuesday. Tuesday's vote was called after a scandal.", "2015-01-31")
    assert got == [("Tuesday", "2015-02-03"), ("Tuesday", "2015-02-03")]


# probe 21 (held out, session 14) classes
HELD_OUT_21 = [
    # "be" + adverb + "due to": still a plan
    ("Singapore Airlines is now due to receive its first A380 in December.", "2006-06-14", "December", "DATE", "2006-12"),
    ("He is now due in court on Monday.", "2006-06-14", "Monday", "DATE", "2006-06-19"),
    ("Flights were cancelled due to strikes in December.", "2006-06-14", "December", "DATE", "2005-12"),  # control
    # a verbless place-and-time item after a comma shares the clause's verb, however far back
    ("It will go on sale in the United States in June for $499 with a two-year contract from Cingular Wireless, "
     "in Europe in the fourth quarter and in Asia in 2008.", "2007-01-10", "the fourth quarter", "DATE", "2007-Q4"),
    ("He said he would resign in the coming weeks after talks with the board and the unions, in a statement on Friday.",
     "2007-01-10", "Friday", "DATE", "2007-01-05"),  # control: not a place-and-time item
    # "since" before the day ends a forward phrase's reach
    ("Forecasters had warned of severe storms in the area since Saturday.", "2013-05-21", "Saturday", "DATE", "2013-05-18"),
    ("Officials warned of flooding on Saturday.", "2013-05-21", "Saturday", "DATE", "2013-05-25"),  # control
    # "From April," fronted: the main verb dates it
    ("From April, new arrivals will also lose access to housing benefit.", "2013-12-30", "April", "DATE", "2014-04"),
    ("From Monday, fares will be up an average of nine percent.", "2006-12-30", "Monday", "DATE", "2007-01-01"),
    ("From 2008, the company grew fast.", "2013-12-30", "2008", "DATE", "2008"),  # control
]


@pytest.mark.parametrize("case", HELD_OUT_21, ids=ids(HELD_OUT_21))
def test_held_out_21_classes(case):
    check(case)


def test_a_later_offset_moves_the_story_an_earlier_one_does_not():
    # "six days later" lands on a day: the story's later bare weekdays count from it
    text = (
        "On Monday, Aug. 29, 2005, Katrina made landfall. Guard convoys arrived on Friday, Sept. 2. "
        "Congress approved $10.5 billion that day and a further $51.8 billion six days later. "
        "Michael Brown was removed from the relief effort on Friday."
    )
    assert _values(text, "2005-09-11")[-1] == ("Friday", "2005-09-09")
    # a look back does not move it: "dawn" of the day told stays that day
    text = (
        "The pilgrimage drew to a close on Saturday as relatives awaited news of the pilgrims killed in a blaze "
        "four days earlier.\n\nThey spent their last day walking round the Kaaba from dawn."
    )
    assert dict(_values(text, "1997-04-19"))["dawn"] == "1997-04-19TMO"


# from reading silver-corpus disagreements (session 14): a hedging adverb after a comma carries
# the clause before it; "the possibility of" a meeting looks ahead
HEDGES = [
    ("Hopes lingered that a response may still come, possibly on Monday.", "1997-04-19", "Monday", "DATE", "1997-04-21"),
    ("The vote will be delayed, perhaps until Friday.", "1997-04-19", "Friday", "DATE", "1997-04-25"),
    ("The bombing, possibly on Monday, killed five.", "1997-04-19", "Monday", "DATE", "1997-04-14"),  # control
    ("Officials discussed the possibility of a meeting on Monday, a US official said.", "1997-04-19", "Monday", "DATE", "1997-04-21"),
    ("They raised hopes of a deal on Friday.", "1997-04-19", "Friday", "DATE", "1997-04-18"),  # control: when hopes rose
]


@pytest.mark.parametrize("case", HEDGES, ids=ids(HEDGES))
def test_hedges_and_prospects(case):
    check(case)


def test_a_handover_named_by_its_date_is_planned():
    # "the July 1 handover" said in April: a planned event, dated by its (present) clause
    from tests.temporal._cases import find

    m = find("China views the visit as a bid to win sympathy before the July 1 handover of Hong Kong.", "1997-04-18", "July 1")
    assert m.value == "1997-07-01"
    m = find("Troops crossed the border after the July 1 attack.", "1997-04-18", "July 1")  # control: a past event
    assert m.value == "1996-07-01"


# near misses of the session-14 rules, from a review of 149 written sentences (30 misfires, 11
# from these rules; the rest older): each guard with the case it keeps right
REVIEW14 = [
    ("Two falls on Saturday cost the skater a medal.", "2024-04-24", "Saturday", "DATE", "2024-04-20"),  # a noun
    ("Fed to announce rate decision Wednesday\nInvestors were cautious on Monday.", "2024-04-22", "Wednesday", "DATE", "2024-04-24"),
    # names that look like irregular past verbs (session 15); a sentence-opening participle stays one
    ("Met Office to issue snow warning Wednesday\nText.", "2024-05-10", "Wednesday", "DATE", "2024-05-15"),
    ("Rose Byrne to star in new film from Wednesday\nText.", "2024-05-10", "Wednesday", "DATE", "2024-05-15"),
    ("Met with silence, the proposal died on Wednesday.", "2024-05-10", "Wednesday", "DATE", "2024-05-08"),
    ("Council to blame for Monday flooding, report says\nText.", "2024-04-24", "Monday", "DATE", "2024-04-22"),  # the day names a noun
    ("Relief to arrive after Sunday's quake\nText.", "2024-04-24", "Sunday", "DATE", "2024-04-21"),  # another frame
    ("Workers to strike from Monday over pay\nText.", "2024-04-24", "Monday", "DATE", "2024-04-29"),
    ("The defendants were still due in court on Monday when the judge fell ill.", "2024-04-24", "Monday", "DATE", "2024-04-22"),
    ("The payment was already due in March, the lender said.", "2024-04-24", "March", "DATE", "2024-03"),
    ("The drug will be launched in Japan in April, in Germany in September and in Brazil next year.", "2007-01-10", "September", "DATE", "2007-09"),
    ("The tour will stop in London in May, in Paris in July and in Berlin in October.", "2007-01-10", "July", "DATE", "2007-07"),
    ("Shops are closing early ahead of Friday's storm, the strongest since January.", "2024-04-24", "Friday", "DATE", "2024-04-26"),
    ("Shops closed early after Friday's storm.", "2024-04-24", "Friday", "DATE", "2024-04-19"),  # control
]


@pytest.mark.parametrize("case", REVIEW14, ids=ids(REVIEW14))
def test_review14_near_misses(case):
    check(case)


def test_a_planned_walkout_named_again_keeps_its_day():
    got = _values("The strike will begin Monday. Monday's walkout was approved by 90 percent of members.", "2024-04-24")
    assert got == [("Monday", "2024-04-29"), ("Monday", "2024-04-29")]


# "since early morning", "in the early morning": a part of the day with its start or end
EARLY_LATE_PARTS = [
    ("Demonstrators had gathered outside the court since early morning.", "2012-06-28", "early morning", "TIME", "2012-06-28TMO", "START"),
    ("By late afternoon the rain had stopped.", "2012-06-28", "late afternoon", "TIME", "2012-06-28TAF", "END"),
    ("Police raided the house in the early morning.", "2012-06-28", "the early morning", "TIME", "2012-06-28TMO", "START"),
    ("In the late afternoon, the minister was expected to meet the envoy.", "2006-12-03", "the late afternoon", "TIME", "2006-12-03TAF", "END"),
]


@pytest.mark.parametrize("case", EARLY_LATE_PARTS, ids=ids(EARLY_LATE_PARTS))
def test_early_and_late_parts_of_day(case):
    check(case)


@pytest.mark.parametrize("text", ["The early morning raid killed two.", "They held early morning prayers."])
def test_early_morning_before_a_noun_is_not_tagged(text):
    assert _values(text, "2012-06-28") == []


# probe 22 (held out, session 14) classes
def test_dawn_after_a_night_told_is_the_next_morning():
    got = dict(_values("The quake struck on Tuesday. Many residents spent the night in the streets. At dawn, people began digging.", "2010-01-13"))
    assert got["dawn"] == "2010-01-13TMO"
    got = dict(_values("The quake struck on Tuesday. At dawn, people began digging.", "2010-01-13"))  # control: no later part told
    assert got["dawn"] == "2010-01-12TMO"


def test_a_year_in_a_list_of_past_facts_frames_nothing():
    text = ("Two orbiters were lost, Challenger in January 1986 and Columbia in February 2003. "
            "Endeavour flew the previous mission, returning on June 1.")
    assert dict(_values(text, "2011-07-08"))["June 1"] == "2011-06-01"
    text = "The truce, which began in late November 2023, collapsed on Dec. 1."  # control: one year, a frame
    assert dict(_values(text, "2024-05-05"))["Dec. 1"] == "2023-12-01"


FRAMES = [
    ("Last year, the company sold its unit in March.", "2015-04-26", "March", "DATE", "2014-03"),
    ("Two years ago, floods hit the town in June.", "2015-04-26", "June", "DATE", "2013-06"),
    ("A year ago, an avalanche killed 16 guides on April 18.", "2015-04-26", "April 18", "DATE", "2014-04-18"),
    ("Last year was hard. In March, the firm cut jobs.", "2015-04-26", "March", "DATE", "2015-03"),  # control: a subject
    ("Sales rose last year. In March, the firm cut jobs.", "2015-04-26", "March", "DATE", "2015-03"),  # control: not fronted
]


@pytest.mark.parametrize("case", FRAMES, ids=ids(FRAMES))
def test_fronted_counted_year_frames_the_story(case):
    check(case)


def test_the_ends_of_a_range_are_no_story_day():
    text = ("Voting took place in four phases between April 20 and May 10. Counting began at 8 a.m. IST, "
            "and the trend was clear by midday.")
    got = dict(_values(text, "2004-05-13"))
    assert got["8 a.m. IST"] == "2004-05-13T08:00"
    # control: a clock range keeps its start's day for its end
    got = dict(_values("Polls opened on Thursday. Stations are open from 07:00 to 16:00 local time.", "2005-11-17"))
    assert got["16:00 local time"] == "2005-11-17T16:00"


# near misses of probe 22's classes, from a review of 107 written passages (session 14)
REVIEW14B = [
    ("The rally ended on Monday evening. The marchers had set off at dawn.", "2024-03-13", "dawn", "TIME", "2024-03-11TMO"),
    ("The fire broke out on Tuesday afternoon. By dawn, it had jumped the lines.", "2024-03-13", "dawn", "TIME", "2024-03-13TMO"),
    ("US Airways Flight 1549 ditched in the Hudson River on Jan. 15, 2009, and the crew testified before Congress on Feb. 24.",
     "2011-07-08", "Feb. 24", "DATE", "2009-02-24"),
    ("Sales in 2010 were weak, but on March 3, 2011, the firm launched a phone and shipped it on March 20.",
     "2012-05-10", "March 20", "DATE", "2011-03-20"),
    ("A year ago, few had heard of the app. Since March, it has gained 10 million users.", "2015-10-20", "March", "DATE", "2015-03"),
    ("Schools were closed between Jan. 8 and Jan. 12 because of the snow. Classes resumed at 9 a.m., the district said.",
     "2024-01-15", "9 a.m.", "TIME", "2024-01-15T09:00"),
    ("Clashes between police and Saturday's marchers left 12 injured. The march had begun at 2 p.m.",
     "2024-03-11", "2 p.m.", "TIME", "2024-03-09T14:00"),
    ("The president flew from Paris to Tuesday's summit in Brussels and arrived at 9 a.m.", "2024-03-13", "9 a.m.", "TIME", "2024-03-12T09:00"),
    ("The trial ran from May 2 to May 20, when the jury returned its verdict at 3 p.m.", "2014-06-23", "3 p.m.", "TIME", "2014-05-20T15:00"),
]


@pytest.mark.parametrize("case", REVIEW14B, ids=ids(REVIEW14B))
def test_review14b_near_misses(case):
    check(case)


# probe 23 (held out, session 14): a price move "by" a clock is today's trading
INTRADAY = [
    ("United and Northwest filed on September 14, 2005. AMR shares fell 84 percent to 26 cents by 11 a.m. EST.",
     "2011-11-29", "11 a.m. EST", "TIME", "2011-11-29T11:00"),
    ("Apple reported a record quarterly profit on Monday. Microsoft shares rose 1 percent to $26.59 by noon.",
     "2009-10-22", "noon", "TIME", "2009-10-22T12:00"),
    ("The Dow plunged on Thursday. At 2:47 p.m. EDT, the index was down 998 points.",  # control: "at", the story's day
     "2010-05-07", "2:47 p.m. EDT", "TIME", "2010-05-06T14:47"),
    ("The talks ended on Monday. The union had agreed to the deal by noon.",  # control: no market
     "2009-10-22", "noon", "TIME", "2009-10-19T12:00"),
]


@pytest.mark.parametrize("case", INTRADAY, ids=ids(INTRADAY))
def test_intraday_market_clocks(case):
    check(case)


def test_a_months_figures_published_ahead_are_the_month_gone():
    from tests.temporal._cases import find

    m = find("The Labor Department will publish December's figures on January 9.", "2009-01-02", "December")
    assert m.value == "2008-12"
    m = find("The Labor Department will publish its June jobs report on Friday.", "2024-07-02", "June")
    assert m.value == "2024-06"


RELATIVE_OWN_DATE = [
    ("Sony will report results for the fiscal year that ended on March 31 on May 26.", "2011-05-01", "May 26", "DATE", "2011-05-26"),
    ("It is the deal that ended the strike in January.", "2011-05-01", "January", "DATE", "2011-01"),  # control
    ("The union will vote on the deal that ended on Friday.", "2011-05-01", "Friday", "DATE", "2011-04-29"),  # control
]


@pytest.mark.parametrize("case", RELATIVE_OWN_DATE, ids=ids(RELATIVE_OWN_DATE))
def test_a_relative_clause_with_its_own_date_does_not_date_the_next(case):
    check(case)


# near misses of the probe-23 rules, from a review of 124 written passages (session 14)
REVIEW14C = [
    ("The clinic opened its doors on Monday. The stock of vaccines was exhausted by noon.", "2024-01-04", "noon", "TIME", "2024-01-01T12:00"),
    ("The team won gold on Saturday. The gold medal ceremony was over by 3 p.m.", "2024-01-04", "3 p.m.", "TIME", "2023-12-30T15:00"),
    ("Sony unveiled a new console on Tuesday. By noon, its stock had fallen 4 percent in Tokyo.", "2024-01-04", "noon", "TIME", "2024-01-04T12:00"),
    ("The central bank expects October's inflation to peak at 10 percent.", "2024-02-06", "October", "DATE", "2024-10"),
    ("Approval improved in the last month to 39 percent.", "2024-01-04", "the last month", "DURATION", "P1M"),
]


@pytest.mark.parametrize("case", REVIEW14C, ids=ids(REVIEW14C))
def test_review14c_near_misses(case):
    check(case)


@pytest.mark.parametrize("text,span", [
    ("1998 was the last year the club won the league.", "the last year"),
    ("2019 was the last year to see growth in car sales.", "the last year"),
    ("The last year on record with a budget surplus was 2001.", "The last year"),
])
def test_a_final_year_is_no_stretch(text, span):
    from tests.temporal._cases import find

    assert find(text, "2024-01-04", span).type == "DATE"


def test_the_year_that_ended_something_is_no_period():
    assert _values("It was the year that ended the Cold War.", "2024-05-14") == []


def test_a_clocks_colon_is_no_clause_break():
    # "at 2:46 p.m. on March 11": the colon inside the clock does not cut the clause from "struck"
    got = _values("The magnitude-9.0 earthquake struck off northeastern Japan at 2:46 p.m. on March 11.", "2011-12-18")
    assert got == [("2:46 p.m.", "2011-03-11T14:46"), ("March 11", "2011-03-11")]
    # control: a colon between words still cuts ("He said: March 11 was the day")
    assert _values("The firm will report on two dates: March 11 was the first.", "2011-12-18")[-1][0] == "March 11"


def test_probe24_offset_apposed_and_season_frame():
    # "only 12 days later" apposed to a date is the time between two dates: no new story day
    with_offset = ("Obama took office on 20 January, and nominations for this year's prize closed on 1 February, "
                   "only 12 days later. Obama was woken shortly before 6 a.m. with the news.")
    without = with_offset.replace(", only 12 days later", "")
    clock = "shortly before 6 a.m."
    assert dict(_values(with_offset, "2009-10-09"))[clock] == dict(_values(without, "2009-10-09"))[clock]
    # a season stated with its year frames the yearless dates told right after it
    text = "Borrowing costs soared in the spring of 2010. On April 23, Papandreou asked for aid."
    assert dict(_values(text, "2012-02-29"))["April 23"] == "2010-04-23"


@pytest.mark.parametrize("text,value", [
    ("Sunday has been declared a national day of prayer.", "2013-12-08"),
    ("Monday will be declared a public holiday, officials said.", "2013-12-09"),
    ("Thursday was declared a day of mourning, and flags flew at half-mast.", "2013-12-05"),  # control: told of past
    ("Sunday was declared the winner of the contest.", "2013-12-01"),  # control: no day declared
])
def test_a_weekday_declared_a_day_of_something_is_ahead(text, value):
    assert _values(text, "2013-12-06")[0][1] == value


@pytest.mark.parametrize("text,span,value", [
    ("The 2012 Berlinale will run from 9 to 19 February.", "19 February", "2012-02-19"),
    ("The festival will start on February 9.", "February 9", "2012-02-09"),
    ("He will be tried for the Feb. 9 attack.", "Feb. 9", "2011-02-09"),  # control: a date naming an event
])
def test_a_future_clauses_own_date_a_few_days_back_is_next_years(text, span, value):
    assert dict(_values(text, "2011-02-20"))[span] == value


# near misses of the last probe-24 rules, from a review of 79 written passages (session 14)
REVIEW14D = [
    ("The storm hit on 3 February, and six days later crews restored power. At 10 a.m., the governor lifted the emergency.",
     "2024-02-20", "10 a.m.", "TIME", "2024-02-09T10:00"),
    ("Police will release CCTV footage from February 9, when the fire broke out.", "2024-02-20", "February 9", "DATE", "2024-02-09"),
    ("The pay rise will apply retroactively from February 1.", "2024-02-20", "February 1", "DATE", "2024-02-01"),
    ("The inquiry will focus on events on February 9.", "2024-02-20", "February 9", "DATE", "2024-02-09"),
    ("The ban, which officials had said would take effect on February 9, was postponed.", "2024-02-20", "February 9", "DATE", "2024-02-09"),
    ("The summit will be held on February 9.", "2011-02-20", "February 9", "DATE", "2012-02-09"),
]


@pytest.mark.parametrize("case", REVIEW14D, ids=ids(REVIEW14D))
def test_review14d_near_misses(case):
    check(case)



# session 15, from the held-out probe 25 (wire and broadcast copy, 1996-2008); ref Thursday 2006-09-14
PROBE25 = [
    # a verb of an ongoing deed before "through <day>" went on until then (a deadline verb looks ahead)
    ("Aftershocks rattled the region through Monday night.", "2006-09-14", "Monday night", "DATE", "2006-09-11TNI"),
    ("Heavy rain poured through Monday night.", "2006-09-14", "Monday night", "DATE", "2006-09-11TNI"),
    ("The government extended the deadline through Monday.", "2006-09-14", "Monday", "DATE", "2006-09-18"),
    # an adverb between a plural subject and its schedule verb
    ("The Mariners then begin a road trip Friday in San Diego.", "2006-09-14", "Friday", "DATE", "2006-09-15"),
    ("The two leaders also meet on Monday.", "2006-09-14", "Monday", "DATE", "2006-09-18"),
    ("The team then began a road trip on Monday.", "2006-09-14", "Monday", "DATE", "2006-09-11"),  # control: past
    # contracted "will", and "will have" (not a perfect)
    ("They'll vote on Monday.", "2006-09-14", "Monday", "DATE", "2006-09-18"),
    ("We'll have the results from Sweden on Monday's program.", "2006-09-14", "Monday", "DATE", "2006-09-18"),
    ("We will have the results on Monday.", "2006-09-14", "Monday", "DATE", "2006-09-18"),
    ("They've voted on Monday.", "2006-09-14", "Monday", "DATE", "2006-09-11"),  # control: a perfect
    ("He would have turned 80 on Monday.", "2006-09-14", "Monday", "DATE", "2006-09-11"),  # control: counterfactual
    ("Monday's program featured an interview with the king.", "2006-09-14", "Monday", "DATE", "2006-09-11"),  # control
    # the present progressive of a schedule verb is an arrangement ahead; of another verb, the present
    ("They are meeting on Monday.", "2006-09-14", "Monday", "DATE", "2006-09-18"),
    ("He is flying to Paris on Monday.", "2006-09-14", "Monday", "DATE", "2006-09-18"),
    ("Rescuers are digging through rubble after Saturday's earthquake.", "2006-09-14", "Saturday", "DATE", "2006-09-09"),
    # "have to"/"has to" is an obligation ahead, not a perfect (probe 26); "had to" stays past
    ("Leaders said the carmakers would have to return with a better plan in December.", "2008-11-19", "December", "DATE", "2008-12"),
    ("The carmakers have to return on Monday.", "2008-11-19", "Monday", "DATE", "2008-11-24"),
    ("He has to appear in court on Monday.", "2008-11-19", "Monday", "DATE", "2008-11-24"),
    ("The carmakers had to return on Monday.", "2008-11-19", "Monday", "DATE", "2008-11-17"),
    ("The carmakers have returned on Monday.", "2008-11-19", "Monday", "DATE", "2008-11-17"),
    # "hoped to", "hoped for": an outcome ahead (probe 25); "had hoped" is a hope gone by
    ("The mediator said he hoped to reach an agreement before Thanksgiving.", "2003-10-30", "Thanksgiving", "DATE", "2003-11-27"),
    ("Strategists said they hoped for a modest lift by Labor Day.", "2004-08-29", "Labor Day", "DATE", "2004-09-06"),
    ("He hoped to leave on Monday.", "2004-08-27", "Monday", "DATE", "2004-08-30"),
    # "should" and "must" look ahead as "could" and "may" do (not "should have"); a date that
    # modifies the subject's noun is not the modal's time
    ("The probe should reach the comet on July 4.", "2005-01-13", "July 4", "DATE", "2005-07-04"),
    ("By Friday morning, police must charge or release the man.", "2006-12-21", "Friday morning", "DATE", "2006-12-22TMO"),
    ("The government should have acted in November.", "2006-12-19", "November", "DATE", "2006-11"),
    ("The November increases in producer prices should not be viewed with alarm.", "2006-12-19", "November", "DATE", "2006-11"),
    ("In November, prices should rise.", "2006-12-19", "November", "DATE", "2007-11"),
    # an apposition opened by a title noun and "of" does not end the clause (Xinhua style)
    ("The crest would reach Wuhan, capital of central China's Hubei Province, on Thursday.", "1998-07-21", "Thursday", "DATE", "1998-07-23"),
    ("The minister will meet Ann Lee, head of the council, on Monday.", "1998-07-21", "Monday", "DATE", "1998-07-27"),
    ("The minister met Ann Lee, head of the council, on Monday.", "1998-07-21", "Monday", "DATE", "1998-07-20"),
    # "due" with no "be" before it, a reduced relative: a plan, the nearer one
    ("The Council renews its mandate every six months, with the next vote due in June.", "1998-02-19", "June", "DATE", "1998-06"),
    ("The report, due in June, will be published.", "1998-02-19", "June", "DATE", "1998-06"),
    ("Investors waited for key economic data due for release Thursday.", "1997-04-23", "Thursday", "DATE", "1997-04-24"),
    ("The payment was due in June.", "1998-02-19", "June", "DATE", "1997-06"),  # control: "was due"
    # a directive whose "to" comes after a long object, or before a schedule verb: the nearer day
    ("Jury selection began Monday.\n\nHolt ordered the first group of 40 prospective jurors to return at 8:30 a.m. Wednesday.",
     "1997-11-04", "8:30 a.m. Wednesday", "TIME", "1997-11-05T08:30"),
    ("The judge ordered the jurors to return Wednesday.", "1997-11-04", "Wednesday", "DATE", "1997-11-05"),
    ("The president asked Katsav to dissolve parliament on Monday.", "1997-11-04", "Monday", "DATE", "1997-11-03"),  # control
    # plain verbs of expectation after a plural subject look ahead (probe 26); not after "did not"
    ("Analysts currently expect a small loss in the first quarter.", "2005-11-02", "the first quarter", "DATE", "2006-Q1"),
    ("We expect the results on Monday.", "2005-11-02", "Monday", "DATE", "2005-11-07"),
    ("They did not expect the storm on Monday.", "2005-11-02", "Monday", "DATE", "2005-10-31"),
    # "before" + a participle shares its host's time; a host "is to hold" is a future
    ("Mr. Gore is to hold a rally on the lakefront here Monday evening before flying to St. Louis for Tuesday's debate.",
     "2000-10-15", "Tuesday", "DATE", "2000-10-17"),
    ("Gore held a rally Monday before flying to St. Louis for Tuesday's debate.", "2000-10-15", "Tuesday", "DATE", "2000-10-10"),
    # "set for" is a plan, as "scheduled for" (an old plan after "had been": the nearer day)
    ("Stage set for counting of votes on Tuesday\nText.", "2024-06-03", "Tuesday", "DATE", "2024-06-04"),
    ("The House postponed a vote on the law that had been set for Wednesday.", "2011-01-09", "Wednesday", "DATE", "2011-01-12"),
    ("He set a record on Monday.", "2011-01-09", "Monday", "DATE", "2011-01-03"),  # control
    # an adverb in -ly between a passive's "be" and its participle
    ("Lombardi said Francis would be formally installed at a Mass in St. Peter's Square on Tuesday.", "2013-03-14", "Tuesday", "DATE", "2013-03-19"),
    ("The bridge was officially opened on Tuesday.", "2013-03-14", "Tuesday", "DATE", "2013-03-12"),
    # a plan phrase ("put ... to a vote on") after a plan as it stood in the past is no plan ahead
    ("Egypt had been due to put the measure to a vote on Thursday but withdrew it hours beforehand.", "2016-12-24", "Thursday", "DATE", "2016-12-22"),
    ("Egypt will put the measure to a vote on Thursday.", "2016-12-24", "Thursday", "DATE", "2016-12-29"),
    # "as early as"/"as soon as" point ahead unless the clause's own verb is past
    ("Health officials believe the first infections may have occurred in the village of La Gloria, Veracruz, as early as February.",
     "2009-04-29", "February", "DATE", "2009-02"),
    ("The virus was seen as early as February.", "2009-04-29", "February", "DATE", "2009-02"),
    ("The decision could come as early as Tuesday.", "2009-04-29", "Tuesday", "DATE", "2009-05-05"),
    ("The Post said the document calls for embedding soldiers with Iraqi units as early as January.", "2006-12-01", "January", "DATE", "2007-01"),
    # "is expected to" far back in the clause, past a temporal conjunction's clause
    ("Senate leader Ramon Puerta is expected to serve as interim president for up to 48 hours until Congress chooses a successor at a joint session on Saturday.",
     "2001-12-20", "Saturday", "DATE", "2001-12-22"),
    ("Puerta served as interim president until Congress chose a successor on Saturday.", "2001-12-20", "Saturday", "DATE", "2001-12-15"),
    # "lay" (in state) went on until the day: no deadline
    ("His body lay in state in the basilica from Monday until late Thursday.", "2005-04-09", "late Thursday", "DATE", "2005-04-07", "END"),
    ("The formation of a government had been initially scheduled for January 25, but was delayed.", "1997-04-11", "January 25", "DATE", "1997-01-25"),
    ("The downgradings had been widely expected following an announcement from Moody's in March.", "1997-04-25", "March", "DATE", "1997-03"),
    ("AC Milan would be reluctant to part with midfield maestro Kaka particularly after losing Andrei Shevchenko to Chelsea in the summer.",
     "2006-12-20", "the summer", "DATE", "2006-SU"),
    ("The coalition had hoped for a vote of confidence from the Sunday poll, in which voters turned out.",
     "1997-04-28", "Sunday", "DATE", "1997-04-27"),
]


@pytest.mark.parametrize("case", PROBE25, ids=[c[0][:50] for c in PROBE25])
def test_probe25_tense_classes(case):
    check(case)
