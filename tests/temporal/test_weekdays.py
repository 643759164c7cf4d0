"""Rule family: weekdays, today/yesterday/tomorrow/tonight, parts of day, clock times -- resolved with tense."""

import pytest

import timeline

from tests.temporal._cases import check, ids

SUN = "2024-05-05"  # a Sunday
CASES = [
    # "the early hours of Tuesday 30 September" (British order): the date decides, mod START
    ("Rebels attacked in the early hours of Tuesday 30 September.", "2008-10-08", "Tuesday 30 September", "DATE", "2008-09-30", "START"),
    ("In the early hours of Saturday 4 May 2024, police moved in.", "2024-05-20", "Saturday 4 May 2024", "DATE", "2024-05-04", "START"),
    # past clause: the most recent such day on or before the reference
    ("On Sunday, both countries blamed each other.", SUN, "Sunday", "DATE", "2024-05-05"),
    ("The agency said on Friday that an invasion would be a disaster.", SUN, "Friday", "DATE", "2024-05-03"),
    ("Militants on Saturday claimed the attack.", SUN, "Saturday", "DATE", "2024-05-04"),
    # future clause (will, expected to, would, planned) looks forward
    ("The delegation is expected to return for further talks on Tuesday, state media said.", SUN, "Tuesday", "DATE", "2024-05-07"),
    ("They said they would return on Tuesday to begin negotiations.", SUN, "Tuesday", "DATE", "2024-05-07"),
    ("The ministers will meet on Tuesday.", SUN, "Tuesday", "DATE", "2024-05-07"),
    ("The group could arrive as early as Tuesday.", SUN, "Tuesday", "DATE", "2024-05-07"),
    # a plan reported in the past ("agreed to", "to be" + participle) looks forward
    ("The company agreed to sell the unit in February.", "1989-10-30", "February", "DATE", "1990-02"),
    ("Final rules to be published in November will decide.", "1989-10-30", "November", "DATE", "1989-11"),
    # present tense ("can"): the nearer occurrence
    ("Members can take part in planning the summit in April.", "1998-12-05", "April", "DATE", "1999-04"),
    ("Members can take part in planning the summit in April.", "1998-07-05", "April", "DATE", "1998-04"),
    # "Earlier Friday": the span is the day (TBAQ gold: 4 of 5), the sentence adverb stays out
    ("Earlier Friday, lawyers filed a petition.", "2000-01-07", "Friday", "DATE", "2000-01-07"),
    ("Later Thursday, two relatives met the boy.", "2000-02-10", "Thursday", "DATE", "2000-02-10"),
    # "beginning Thursday", like "starting Thursday", looks ahead unless the clause is past
    ("The meeting of the council of chiefs, beginning Thursday.", "1997-04-09", "Thursday", "DATE", "1997-04-10"),
    # a present-tense schedule verb ("resumes", "ends", "opens"): the nearer such day
    ("The trial of Saddam Hussein resumes on Monday.", "2005-12-04", "Monday", "DATE", "2005-12-05"),
    ("The accord, which ends Sunday, calls for talks.", "2005-12-16", "Sunday", "DATE", "2005-12-18"),
    # a parenthetical gloss takes the tense of its clause
    ("The father will leave at 4 in the morning (4 a.m. EDT Thursday), he said.", "2000-04-05", "4 a.m. EDT Thursday", "TIME", "2000-04-06T04:00"),
    # the pluperfect: an old plan or a deadline already met is past
    ("The offer had been scheduled to expire at midnight Friday.", "1989-10-30", "midnight Friday", "TIME", "1989-10-27T24:00"),
    ("Thirty-two members had filed reports by Wednesday, and all were complying.", "1990-08-16", "Wednesday", "DATE", "1990-08-15"),
    ("The court gave them until Wednesday to respond.", "1990-08-16", "Wednesday", "DATE", "1990-08-22"),
    # a present-tense plan verb after a clause-initial day looks forward
    ("On Tuesday, the league plans to hold a news conference.", "1998-10-26", "Tuesday", "DATE", "1998-10-27"),
    # a clause-initial expression dates the finite verb, not what was planned
    ("On Friday, the government planned to pay the families.", SUN, "Friday", "DATE", "2024-05-03"),
    ("Protesters planned a march on Saturday.", "2024-05-01", "Saturday", "DATE", "2024-05-04"),
    # "the previous Friday" counts from the day the text is on
    ("Stocks fell on Friday, Oct. 27, down 4.5% from the previous Friday.", "1989-10-30", "the previous Friday", "DATE", "1989-10-20"),
    # explicit last / next / this
    ("He left last Friday.", SUN, "last Friday", "DATE", "2024-05-03"),
    ("He leaves next Friday.", SUN, "next Friday", "DATE", "2024-05-10"),
    # "the early hours" alone: the start of the day the story is on, as "the early hours of Sunday"
    ("Saudi fans partied until the early hours in Doha.", "2022-11-23", "the early hours", "DATE", "2022-11-23",
     "START"),
    ("A mob attacked the office on Sunday. Another crowd gathered in the early hours, pelting it with stones.",
     "1997-04-21", "the early hours", "DATE", "1997-04-20", "START"),
    # a time of day in a past clause is not on a day still ahead that the story named
    ("He declared three days of mourning starting Saturday. No group had claimed responsibility by midday.",
     "2016-07-15", "midday", "TIME", "2016-07-15T12:00"),
    # a bare time point before a noun it times ("the midnight deadline"); not "dusk-to-dawn curfew"
    ("Congress missed the midnight deadline, and the government shut down.", "2013-10-01", "midnight", "TIME",
     "2013-09-30T24:00"),
    # a present clause before a planned event on a named day looks ahead
    ("The agreement comes days before Donald Trump's inauguration on Monday.", "2025-01-15", "Monday", "DATE",
     "2025-01-20"),
    ("Analysts say the Knesset vote on Monday shows the rebels are strong.", "2025-01-15", "Monday", "DATE",
     "2025-01-13"),  # control: no "before"
    # a planned event that "is" on a named day: ahead
    ("Their second match is against Uruguay in Pretoria on Wednesday.", "2010-06-10", "Wednesday", "DATE",
     "2010-06-16"),
    ("The vote is on Monday.", "2010-06-10", "Monday", "DATE", "2010-06-14"),
    ("The death toll is 50 after the attack on Monday.", "2010-06-10", "Monday", "DATE", "2010-06-07"),  # control
    # a stretch starting on a named day, in a past clause: the nearer such day
    ("He declared three days of national mourning starting Saturday.", "2016-07-15", "Saturday", "DATE", "2016-07-16"),
    ("The new fares took effect on Monday.", "2016-07-15", "Monday", "DATE", "2016-07-11"),  # control
    ("Trump on Wednesday night announced a 30-day travel ban, starting at midnight Friday.", "2020-03-12",
     "midnight Friday", "TIME", "2020-03-13T24:00"),
    ("Philippines have replaced Uzbekistan in the mixed team event starting on Thursday.", "2006-11-22", "Thursday",
     "DATE", "2006-11-23"),
    # coordinated weekdays look the same way as the first (unless the first is today)
    ("Rail passengers face disruption on Wednesday and Saturday.", "2023-05-29", "Saturday", "DATE", "2023-06-03"),
    ("Riots broke out on Wednesday and Saturday.", "2023-05-29", "Saturday", "DATE", "2023-05-27"),
    ("The minister will arrive late Tuesday or early Wednesday.", "2023-05-29", "early Wednesday", "DATE", "2023-05-31"),
    ("Following are statements made Friday and Thursday by a lawyer.", "1998-02-06", "Thursday", "DATE", "1998-02-05"),
    # "next" + tomorrow's weekday is the one after: tomorrow would be "tomorrow"
    ("He leaves next Monday.", SUN, "next Monday", "DATE", "2024-05-13"),
    ("Ministers meet next Wednesday.", "2013-04-09", "next Wednesday", "DATE", "2013-04-17"),
    ("Ministers meet next Thursday.", "2013-04-09", "next Thursday", "DATE", "2013-04-11"),  # two days on: kept
    ("He leaves this coming Monday.", SUN, "this coming Monday", "DATE", "2024-05-06"),
    # a Monday article saying "Saturday": previous Saturday across a month / year boundary
    ("Protesters marched on Saturday.", "2024-07-01", "Saturday", "DATE", "2024-06-29"),
    ("Protesters marched on Saturday.", "2024-01-01", "Saturday", "DATE", "2023-12-30"),
    # parts of the day
    ("Strikes hit Gaza on Saturday evening.", "2024-07-14", "Saturday evening", "DATE", "2024-07-13TEV"),
    ("Officials briefed on the meeting said late Sunday.", SUN, "late Sunday", "DATE", "2024-05-05", "END"),
    ("The Hamas delegation left Cairo tonight.", SUN, "tonight", "TIME", "2024-05-05TNI"),
    ("Shelling continued last night.", SUN, "last night", "TIME", "2024-05-04TNI"),
    ("He spoke this morning.", SUN, "this morning", "TIME", "2024-05-05TMO"),
    # deictic days
    ("Talks collapsed yesterday.", "2024-07-14", "yesterday", "DATE", "2024-07-13"),
    ("Today the talks resume.", "2024-06-05", "Today", "DATE", "2024-06-05"),
    ("The vote is tomorrow.", "2024-06-05", "tomorrow", "DATE", "2024-06-06"),
    ("The ruling came late yesterday.", "2024-06-05", "late yesterday", "DATE", "2024-06-04", "END"),
    ("In the early hours of Saturday, jets struck.", SUN, "Saturday", "DATE", "2024-05-04", "START"),
    ("Shots rang out yesterday afternoon.", "2024-06-05", "yesterday afternoon", "DATE", "2024-06-04TAF"),
    # clock times, with zones, with a day
    ("The ceasefire starts at 10:30 a.m. EST.", "2024-06-05", "10:30 a.m. EST", "TIME", "2024-06-05T10:30"),
    ("The deadline is 9 a.m. Tuesday.", "2000-04-03", "9 a.m. Tuesday", "TIME", "2000-04-04T09:00"),
    ("The offer expires at 5 p.m. EST, Nov. 6.", "1989-10-30", "5 p.m. EST, Nov. 6", "TIME", "1989-11-06T17:00"),
    ("They met at noon.", "2024-06-05", "noon", "TIME", "2024-06-05T12:00"),
    ("The truce took effect at 7 a.m. local time (0400 GMT) on Friday.", SUN, "7 a.m. local time", "TIME", "2024-05-03T07:00"),
    # wire style 24-hour GMT: a time of its own, never a year; restated in brackets it is read, not spanned
    ("The deadline for the resolution is 1600 GMT Thursday.", "1997-04-09", "1600 GMT Thursday", "TIME", "1997-04-10T16:00"),
    ("The raid started just after 3 p.m. (2000 GMT) Tuesday.", "1997-04-23", "just after 3 p.m.", "TIME", "1997-04-22T15:00", "AFTER"),
    ("The raid started just after 3 p.m. (2000 GMT) Tuesday.", "1997-04-23", "Tuesday", "DATE", "1997-04-22"),
    ("The quake struck at 1:24 p.m. (0424 GMT), officials said.", "1997-04-04", "1:24 p.m.", "TIME", "1997-04-04T13:24"),
    ("Guards fired at 4:00 a.m. Sunday (1900 GMT Saturday).", "1997-04-27", "1900 GMT Saturday", "TIME", "1997-04-26T19:00"),
    ("Astronauts began the walk at 1925 GMT, ahead of schedule.", "2006-12-16", "1925 GMT", "TIME", "2006-12-16T19:25"),
    ("A bomb exploded at about 9:05 a.m. (3:05 GMT) Tuesday.", "2005-11-29", "9:05 a.m.", "TIME", "2005-11-29T09:05", "APPROX"),
    ("Talks start at 9 a.m. (GMT) tomorrow.", "2005-11-29", "9 a.m. (GMT) tomorrow", "TIME", "2005-11-30T09:00"),
    ("In 1847 GMT was adopted across Britain.", "1997-04-09", "1847", "DATE", "1847"),
    ("The deadline is 1600 GMT.", "1997-04-09", "1600 GMT", "TIME", "1997-04-09T16:00"),
    # a lower-case weekday still dates the clock (Friday 4 April), outside the span
    ("He arrived at 10:35 a.m. (0735 GMT) friday.", "1997-04-09", "10:35 a.m.", "TIME", "1997-04-04T10:35"),
    ("He arrived at 10:35 a.m. tuesday.", "2006-12-29", "10:35 a.m.", "TIME", "2006-12-26T10:35"),
    # past the bracket the weekday is its own expression, dated as the clock it follows
    ("Gazprom is threatening to cut supplies at 10:00 am (0700 GMT) Monday, New Year's day, if Minsk does not pay.",
     "2006-12-29", "Monday", "DATE", "2007-01-01"),
    # a deadline in a past clause still lies ahead; a clause-initial "Until Thursday," does not
    ("INS has given the relatives until 9 a.m. Tuesday to sign.", "2000-04-03", "9 a.m. Tuesday", "TIME", "2000-04-04T09:00"),
    ("Until Thursday, they had not called him a suspect.", "1999-05-07", "Thursday", "DATE", "1999-05-06"),
    ("It happened at around 7:15 p.m.", "1998-02-12", "around 7:15 p.m.", "TIME", "1998-02-12T19:15", "APPROX"),
    # a bare midnight said of the past is the one that began the reference day (T24:00 of the
    # day before), not the coming one; ahead, or as a deadline, it ends the reference day
    ("The mudflow struck shortly after midnight.", "2006-12-01", "shortly after midnight", "TIME", "2006-11-30T24:00", "AFTER", "2006-12-01", "2006-12-01"),
    ("The quake struck just before midnight.", "2006-12-01", "just before midnight", "TIME", "2006-11-30T24:00", "BEFORE", "2006-11-30", "2006-11-30"),
    ("The ultimatum expired at midnight.", "2006-12-01", "midnight", "TIME", "2006-11-30T24:00", None, "2006-11-30", "2006-12-01"),
    ("The ultimatum expires at midnight.", "2006-12-01", "midnight", "TIME", "2006-12-01T24:00"),
    ("Bars had to close by midnight as usual.", "2006-12-01", "midnight", "TIME", "2006-12-01T24:00"),
    ("Police were called on Friday. At midnight they raided the house.", "2006-12-02", "midnight", "TIME", "2006-12-01T24:00"),
    # ...but an order, a start or a range ahead keeps the coming one
    ("The government ordered shops to close at midnight.", "2006-12-01", "midnight", "TIME", "2006-12-01T24:00"),
    ("The government announced a curfew starting at midnight.", "2006-12-01", "midnight", "TIME", "2006-12-01T24:00"),
    ("The union called a strike from midnight.", "2006-12-01", "midnight", "TIME", "2006-12-01T24:00"),
    ("The quake struck between 11 p.m. and midnight.", "2006-12-01", "midnight", "TIME", "2006-12-01T24:00"),
    ("He was arrested before midnight.", "2006-12-01", "midnight", "TIME", "2006-11-30T24:00"),
    ("He spoke to reporters at midnight.", "2006-12-01", "midnight", "TIME", "2006-11-30T24:00"),
    ("It struck mid-afternoon yesterday.", "2013-03-20", "mid-afternoon yesterday", "DATE", "2013-03-19TAF", "MID", "2013-03-19", "2013-03-19"),
    ("It struck at midnight yesterday.", "2013-03-20", "midnight yesterday", "TIME", "2013-03-19T24:00", None),
    ("The ultimatum expired at midnight.", "0001-01-01", "midnight", "TIME", "0001-01-01T24:00"),
    # "the early hours of" a day: that day, its start (spanned as the day, as TimeML does)
    ("The talks lasted until the early hours of Saturday.", "2024-05-05", "Saturday", "DATE", "2024-05-04", "START"),
    ("In the early hours of Saturday, May 4, jets struck.", "2024-05-05", "Saturday, May 4", "DATE", "2024-05-04", "START"),
    ("The ceasefire collapsed in the early hours of Tuesday.", "2024-05-08", "Tuesday", "DATE", "2024-05-07", "START"),
    ("Prisoners escaped in the small hours of Monday morning.", "2005-11-29", "Monday morning", "DATE", "2005-11-28TMO", "START"),
    ("Talks broke down in the early hours of yesterday.", "2024-05-08", "yesterday", "DATE", "2024-05-07", "START"),
    # "overnight" before or after a weekday is that day's night (not the night before publication)
    ("Rebels attacked overnight Tuesday into Wednesday.", "2013-03-14", "overnight Tuesday", "DATE", "2013-03-12TNI"),
    ("The storm hit Tuesday overnight.", "2013-03-14", "Tuesday overnight", "DATE", "2013-03-12TNI"),
    ("Temperatures will drop overnight Friday.", "2013-03-14", "overnight Friday", "DATE", "2013-03-15TNI"),
    # "in the afternoon", "throughout the night": a part of the story's day (told in this
    # paragraph or the one before, not only as the day something was said), else of the
    # report's day; a night in a past clause is the night before the report
    ("The action plan will be announced in the afternoon as the summit concludes.", "2006-11-05", "the afternoon", "TIME", "2006-11-05TAF"),
    ("Markets opened higher on Monday. In the afternoon, stocks fell.", "2006-11-05", "the afternoon", "TIME", "2006-10-30TAF"),
    ("Stocks were dashed Friday.\n\nDealers placed heavy buy orders in the morning.", "1989-10-30", "the morning", "TIME", "1989-10-27TMO"),
    ("The agency said on Friday that an invasion was near.\n\nPlanes attacked the enclave throughout the night.", "2024-05-05", "the night", "TIME", "2024-05-04TNI"),
    ("Volunteers worked throughout the night to shore up the dykes.", "1997-04-17", "the night", "TIME", "1997-04-16TNI"),
    # the story on the report's day, a night in a past clause is still last night
    ("Trump said he would speak later on Thursday. Divers worked through the night in freezing water.", "2025-01-30",
     "the night", "TIME", "2025-01-29TNI"),
    ("Trump will speak on Thursday. Divers will work through the night.", "2025-01-30", "the night", "TIME",
     "2025-01-30TNI"),
    # fixtures in the present: a base form after a plural subject, a team's name or "who"
    ("Juventus are seven points ahead of Milan, who entertain Cagliari on Sunday.", "2005-12-10", "Sunday", "DATE", "2005-12-11"),
    ("Arsenal host Chelsea on Sunday.", "2005-12-10", "Sunday", "DATE", "2005-12-11"),
    ("Milan entertains Cagliari on Sunday.", "2005-12-10", "Sunday", "DATE", "2005-12-11"),
    ("Arsenal beat Chelsea on Sunday.", "2005-12-10", "Sunday", "DATE", "2005-12-04"),
    # what is warned of lies ahead
    ("The Bureau of Meteorology warned of renewed dangerous conditions on Friday.", "2019-11-12", "Friday", "DATE",
     "2019-11-15"),
    ("Three people died in fires on Friday.", "2019-11-12", "Friday", "DATE", "2019-11-08"),  # control
    # a weekday joined to the reference day itself is the nearer such day
    ("Environment Canada issued advisories for Friday and Saturday.", "2003-08-15", "Saturday", "DATE", "2003-08-16"),
    ("Forecasters warned of rain, with the heaviest bursts tonight and Friday afternoon.", "2003-01-02",
     "Friday afternoon", "DATE", "2003-01-03TAF"),
    ("The statements were made Friday and Thursday.", "2003-08-15", "Thursday", "DATE", "2003-08-14"),
    # a company that "reports" on a day: its results are due then
    ("Barclays reported a fall in profits last Thursday, and Standard Chartered reports on Wednesday.", "2019-10-28",
     "Wednesday", "DATE", "2019-10-30"),
    ("Microsoft and Meta Platforms report on Wednesday.", "2019-10-28", "Wednesday", "DATE", "2019-10-30"),
    ("BHP reports full-year results on Tuesday, with investors focused on its dividend.", "2024-08-23", "Tuesday",
     "DATE", "2024-08-27"),
    ("Police reports on Wednesday said the man was armed.", "2019-10-28", "Wednesday", "DATE", "2019-10-23"),  # a noun
    ("Thirty-two members had filed compliance reports by Wednesday.", "2019-10-28", "Wednesday", "DATE",
     "2019-10-23"),  # a noun, no name before it
    # ... and plural presents of starting and setting off: a schedule
    ("Talks resume on Monday.", "2013-07-17", "Monday", "DATE", "2013-07-22"),
    ("Schools start on Monday.", "2013-07-17", "Monday", "DATE", "2013-07-22"),
    ("The leaders head to Brussels on Monday.", "2013-07-17", "Monday", "DATE", "2013-07-22"),
    ("Analysts said the Knesset vote on Monday showed the rebels were strong.", "2013-07-17", "Monday", "DATE",
     "2013-07-15"),  # control: a noun
    ("Arsenal host Chelsea on Sunday.", "2005-12-07", "Sunday", "DATE", "2005-12-11"),
    ("Juventus are ahead of Milan, who entertain Cagliari on Sunday.", "2005-12-07", "Sunday", "DATE", "2005-12-11"),
    ("He told the media after returning from his India visit on Wednesday that talks went well.", "2006-11-08", "Wednesday", "DATE", "2006-11-08"),
    ("The poll, conducted Friday through Sunday, showed Biden ahead.", "2024-05-08", "Sunday", "DATE", "2024-05-05"),
    # a past weekday range ends in the same week ("through" alone looked ahead)
    ("The CNN poll, conducted from Friday through Sunday, found that 49 percent backed him.", "2006-11-01", "Sunday", "DATE", "2006-10-29"),
    ("The festival runs from Friday through Sunday.", "2006-11-01", "Sunday", "DATE", "2006-11-05"),
    ("The show will run from Thursday to Tuesday.", "2006-11-01", "Tuesday", "DATE", "2006-11-07"),
    # a day in the subject of a past verb of deciding is past, whatever was decided
    ("The meeting between the government and the rebels on Thursday evening agreed to deploy monitors.", "2006-11-01", "Thursday evening", "DATE", "2006-10-26TEV"),
    ("The council on Friday voted to suspend the deal.", "2006-11-01", "Friday", "DATE", "2006-10-27"),
    ("He agreed to meet on Thursday.", "2006-11-01", "Thursday", "DATE", "2006-11-02"),
    # "at midnight on Dec. 31", "by noon on Jan. 5": the date after the clock word dates it
    ("The law expires at midnight on Dec. 31.", "2006-12-28", "midnight", "TIME", "2006-12-31T24:00"),
    ("Troops will leave by noon on Jan. 5.", "2006-12-28", "noon", "TIME", "2007-01-05T12:00"),
    # ... in either order, with or without its weekday, or a holiday ("at noon on Christmas Day")
    ("The match kicks off at 10pm on 27 June.", "2020-06-20", "10pm", "TIME", "2020-06-27T22:00"),
    ("The fireworks display is at 9pm on Saturday 27 June.", "2020-06-20", "9pm", "TIME", "2020-06-27T21:00"),
    ("He was last seen at 7am on Tuesday 3 March 2019.", "2020-06-20", "7am", "TIME", "2019-03-03T07:00"),
    ("The attack began at dawn on 7 October.", "2020-06-20", "dawn", "TIME", "2019-10-07TMO"),
    ("The attack began at dawn on Tuesday, March 24.", "2020-06-20", "dawn", "TIME", "2020-03-24TMO"),
    ("Overnight on 14 June, the river burst its banks.", "2020-06-20", "Overnight", "TIME", "2020-06-14TNI"),
    ("The concert will start at noon on Christmas Day.", "2020-06-20", "noon", "TIME", "2020-12-25T12:00"),
    ("Fireworks began at midnight on New Year's Eve.", "2006-12-31", "midnight", "TIME", "2006-12-31T24:00"),
    ("Crowds cheered at midnight on New Year's Day.", "2007-01-02", "midnight", "TIME", "2006-12-31T24:00"),
    # a clock range's start takes the day after its end ("open from 7 a.m. to 8 p.m. on Thursday")
    ("Polling stations are open from 7 a.m. to 8 p.m. on Thursday.", "2020-06-16", "7 a.m.", "TIME", "2020-06-18T07:00"),
    ("The store is open between 9am and 5pm on Saturday.", "2020-06-16", "9am", "TIME", "2020-06-13T09:00"),
    ("The hearing runs from 9 a.m. today to 5 p.m. on Thursday.", "2020-06-16", "9 a.m. today", "TIME", "2020-06-16T09:00"),
    # ... or the day before it when the range runs overnight, unless the start names its own day
    ("The curfew runs from 10 p.m. to 6 a.m. on Saturday.", "2020-06-16", "10 p.m.", "TIME", "2020-06-19T22:00"),
    ("Power cuts escalate from 4pm until 5am on Saturday.", "2023-02-10", "4pm", "TIME", "2023-02-10T16:00"),
    ("Lanes will shut from 9pm tonight until 5am on Monday.", "2006-05-05", "9pm tonight", "TIME", "2006-05-05T21:00"),
    ("Lanes will shut from 9 p.m. until 5am on Monday.", "2006-05-05", "9 p.m.", "TIME", "2006-05-07T21:00"),
    # a planned event called off after its day, or after the noun a possessive day names: the nearer day
    ("Monday's Auckland Anniversary Day regatta has been called off.", "2023-01-28", "Monday", "DATE", "2023-01-30"),
    ("The Crusaders' Super Rugby match against the Hurricanes in Wellington on Saturday has been called off.",
     "2011-02-24", "Saturday", "DATE", "2011-02-26"),
    ("A memorial service planned at the University of Rochester for Saturday was canceled after security plans "
     "were leaked.", "1999-10-24", "Saturday", "DATE", "1999-10-23"),
    ("The man arrested on Saturday was suspended.", "2011-02-24", "Saturday", "DATE", "2011-02-19"),  # control: no event
    # a live blog's timestamp, alone at a line's start before a dash, is on the blog's day; the
    # entry's bare clocks follow it
    ("Live updates\n\n14:10 GMT - Hostages were freed on October 9.\n\n07:45 GMT - The gate opened at 10am.",
     "2023-10-21", "07:45 GMT", "TIME", "2023-10-21T07:45"),
    ("Live updates\n\n14:10 GMT - Hostages were freed on October 9.\n\n07:45 GMT - The gate opened at 10am.",
     "2023-10-21", "10am", "TIME", "2023-10-21T10:00"),
    ("Hostages were freed on October 9. The gate opened at 10am.", "2023-10-21", "10am", "TIME",
     "2023-10-09T10:00"),  # control: running text
    ("What happened yesterday:\n18:00 GMT - Protesters gathered outside parliament.", "2024-06-26", "18:00 GMT",
     "TIME", "2024-06-25T18:00"),  # control: under a heading of its own
    # a bare 24-hour stamp opening a line of a live blog (three such lines) is on the blog's day
    ("Ash cloud - live\n\n09:02 Good morning. Flights are grounded.\n\n09:20 Heathrow says no flights will depart."
     "\n\n10:15 Eurostar adds trains.", "2010-04-16", "09:20", "TIME", "2010-04-16T09:20"),
    # a clock range that runs overnight, with no day of its own, ends the next day
    ("The rebels declared a curfew in Damascus from 4pm to 5am.", "2024-12-08", "5am", "TIME", "2024-12-09T05:00"),
    ("Polls are open from 7am to 10pm.", "2024-12-08", "10pm", "TIME", "2024-12-08T22:00"),  # control
    # a range's end clock with no day of its own is on its start's day
    ("It rained yesterday between 8.30 am and 5.30 pm.", "2006-07-03", "5.30 pm", "TIME", "2006-07-02T17:30"),
    ("It happened last night between 11pm and 2am.", "2006-07-03", "2am", "TIME", "2006-07-03T02:00"),
    # what a past directive directs, or a cancelling verb cancels, is the nearer day
    ("Officials urged residents to stay off the roads overnight and into Monday.", "2015-10-04", "Monday", "DATE",
     "2015-10-05"),
    ("The University of South Carolina canceled classes Monday.", "2015-10-04", "Monday", "DATE", "2015-10-05"),
    ("President Barack Obama called for a moment of silence at 11 a.m. EST Monday.", "2011-01-09",
     "11 a.m. EST Monday", "TIME", "2011-01-10T11:00"),
    ("The Boston Bruins postponed their game scheduled for Monday night.", "2013-04-16", "Monday night", "DATE",
     "2013-04-15TNI"),
    ("Obama called Merkel on Monday.", "2011-01-09", "Monday", "DATE", "2011-01-03"),  # control: no directive
    # controls: the day of the cancelling itself, or of a plan that is over
    ("The strike, which the union called off on Monday, would have shut the ports.", "2024-05-18", "Monday", "DATE",
     "2024-05-13"),
    ("Flights to Bali were delayed on Tuesday as ash drifted over the island.", "2024-10-19", "Tuesday", "DATE",
     "2024-10-15"),
    ("The ferry service suspended on Wednesday will resume on Friday.", "2024-03-03", "Wednesday", "DATE",
     "2024-02-28"),
    ("He was due in court on Monday but failed to appear.", "2024-05-18", "Monday", "DATE", "2024-05-13"),
    # an overnight clock range told in the past, on the day it ended, started the evening before
    ("The blackout lasted from 11pm to 2am, leaving 200,000 homes without power.", "2024-06-09", "11pm", "TIME",
     "2024-06-08T23:00"),
    ("Sharon officially asked Katsav to dissolve parliament on Monday.", "2005-11-26", "Monday", "DATE",
     "2005-11-21"),  # control: "on Monday" may date the asking
    ("U.S. Immigration officials postponed until Tuesday morning any action on the permit.", "2000-03-30",
     "Tuesday morning", "DATE", "2000-04-04TMO"),  # control: the new date of what was moved
    # two clocks joined by "and"/"or" share the day written after the second
    ("The attacks began at 3:31am and 3:42am local time on Saturday, officials said.", "2019-09-16", "3:31am",
     "TIME", "2019-09-14T03:31"),
    ("Trains will leave at 9am or 11am on Sunday.", "2019-09-16", "9am", "TIME", "2019-09-22T09:00"),
    ("The sirens sounded at 10:05 and again at 13:40 on Friday.", "2024-06-05", "10:05", "TIME", "2024-05-31T10:05"),
    ("Two explosions hit the city at 9:15 and 9:40 on Wednesday morning.", "2024-06-07", "9:15", "TIME",
     "2024-06-05T09:15"),
    ("The attack began at 3:31am, and at 3:42am on Saturday a second one followed.", "2019-09-16", "3:31am",
     "TIME", "2019-09-16T03:31"),  # control: not one phrase
    ("The polls open at 7 a.m. local time on Thursday and close at 8 p.m.", "2019-09-16", "8 p.m.", "TIME",
     "2019-09-19T20:00"),
    # "7am", "10pm" are no verb "am" in a past clause
    ("Polls were open from 7am to 10pm on 12 December.", "2020-06-16", "12 December", "DATE", "2019-12-12"),
    ("Polls were open from 7am to 10pm on 12 December.", "2020-06-16", "7am", "TIME", "2019-12-12T07:00"),
    # a weekday range's end follows its start when only the start looks ahead
    ("The festival runs Thursday to Saturday.", "2020-06-16", "Saturday", "DATE", "2020-06-20"),
    ("The poll was conducted Thursday to Saturday.", "2020-06-16", "Saturday", "DATE", "2020-06-13"),
    # a range from a named day to a weekday ends on the first such weekday after its start
    ("The Government has declared a week of national mourning, from today to Sunday.", "2015-03-23", "today", "DATE", "2015-03-23"),
    ("The Government has declared a week of national mourning, from today to Sunday.", "2015-03-23", "Sunday", "DATE", "2015-03-29"),
    ("Talks ran from March 12 to Sunday.", "2015-03-23", "Sunday", "DATE", "2015-03-22"),  # control
    # near misses: a number and a word that is no month; a bare midnight said in the past
    ("The vote is at 9 a.m. Tuesday 10 Republicans said.", "2020-06-20", "9 a.m. Tuesday", "TIME", "2020-06-23T09:00"),
    ("The quake struck shortly after midnight.", "2006-12-31", "shortly after midnight", "TIME", "2006-12-30T24:00"),
    # a day opening a "that" clause as its subject is dated by that clause's verb
    ("The government announced that Wednesday will be a national day of mourning.", "2014-07-18", "Wednesday", "DATE", "2014-07-23"),
    ("Rangel said Tuesday that Sunday's congressional elections will go ahead.", "2005-11-29", "Sunday", "DATE", "2005-12-04"),
    ("He said that Wednesday was the worst day of his life.", "2014-07-18", "Wednesday", "DATE", "2014-07-16"),
    ("The Netherlands declared Wednesday a national day of mourning.", "2014-07-18", "Wednesday", "DATE", "2014-07-23"),
    ("The president has declared Saturday a public holiday.", "1997-04-11", "Saturday", "DATE", "1997-04-12"),
    # review 8: an object that is no day noun; fixture verbs that are common verbs; an adverb
    ("The company named Tuesday a new chief executive.", "2024-03-13", "Tuesday", "DATE", "2024-03-12"),
    ("Residents face a huge clean-up after floods on Monday.", "2024-03-13", "Monday", "DATE", "2024-03-11"),
    ("The amendment that passed unanimously on Monday takes effect in July.", "2024-03-13", "Monday", "DATE", "2024-03-11"),
    ("Shares fell after the announcement and recovered in the afternoon.", "2024-03-13", "the afternoon", "TIME", "2024-03-13TAF"),
    ("Rescuers, who have worked in the region for years, pulled survivors out during the night.", "2024-03-13", "the night", "TIME", "2024-03-12TNI"),
    ("Polls open Sunday to Tuesday next week.", "2024-03-13", "Tuesday next week", "DATE", "2024-03-19"),
    # a far day inside a relative clause is an aside: a later clock keeps the report's day
    ("Peres pushed for the withdrawal from Gaza which was completed on Sept.12. Shortly after 6 a.m. local time, officials announced that Peretz had won.",
     "2005-11-10", "Shortly after 6 a.m. local time", "TIME", "2005-11-10T06:00"),
    ("He was arrested on March 3, 2005. At 6 a.m., police searched his house.", "2005-11-10", "6 a.m.", "TIME", "2005-03-03T06:00"),
    # a planned day ahead does not date a past clause's part of day
    ("The prime minister cancelled a trip planned for Tuesday. Aftershocks continued throughout the afternoon.", "2009-04-06", "the afternoon", "TIME", "2009-04-06TAF"),
    # a bare clock after a planned day still ahead is on it: a schedule, a plan, or the sentence
    # that put the story there
    ("Roads will close from 3pm tomorrow ahead of the match. The match kicks off at 8.30pm, after an opening "
     "ceremony that starts at 7.30pm.", "2011-09-08", "7.30pm", "TIME", "2011-09-09T19:30"),
    ("The ceremony will be held on Monday. It begins at 10:45 a.m., with two minutes of silence at 11 a.m. "
     "Organizers recommend arriving by 9:30 a.m.", "2011-09-08", "9:30 a.m.", "TIME", "2011-09-12T09:30"),
    ("The ceremony will be held on Monday. Police said the crowd gathered at 11 a.m.", "2011-09-08", "11 a.m.",
     "TIME", "2011-09-08T11:00"),  # control: a past clause is not on the planned day
    ("The Fed will announce its decision on Wednesday. The Dow is up 120 points at 11:30 a.m.", "2015-07-05",
     "11:30 a.m.", "TIME", "2015-07-05T11:30"),  # control: a plain present is the report's day
    ("Police said the man was found at 7:30 the next morning and pronounced dead later that day.", "2015-07-05",
     "7:30", "TIME", "2015-07-05T07:30"),  # no day told: not the day after publication
    # a clock with "next/last/this <weekday>" is one TIME on that day, as "9 a.m. Tuesday" is
    ("The meeting will be held at 7 p.m. next Monday at City Hall.", "2012-04-25", "7 p.m. next Monday", "TIME",
     "2012-04-30T19:00"),
    ("Police were called at 3 a.m. last Sunday.", "2012-04-25", "3 a.m. last Sunday", "TIME", "2012-04-22T03:00"),
    # "spent/stayed the night": that night, as "through the night" is
    ("Thousands spent the night in shelters.", "2015-04-26", "the night", "TIME", "2015-04-25TNI"),
    ("He will spend the night in hospital.", "2015-04-26", "the night", "TIME", "2015-04-26TNI"),
    # a possessive day's planned event after a name ("Tuesday's Champions League semi-final")
    ("Barcelona said they would travel to Milan by bus for Tuesday's Champions League semi-final.", "2010-04-18",
     "Tuesday", "DATE", "2010-04-20"),
    ("Barcelona lost Tuesday's Champions League semi-final.", "2010-04-18", "Tuesday", "DATE", "2010-04-13"),  # control
    # "on <holiday>" after a clock dates it, as "on May 12" does
    ("The deal was announced at 3 p.m. on Christmas Eve.", "2021-01-03", "3 p.m.", "TIME", "2020-12-24T15:00"),
    ("The agreement took effect at 11 p.m. on New Year's Eve.", "2021-01-03", "11 p.m.", "TIME",
     "2020-12-31T23:00"),
    # a clock and its weekday joined by "on" are two expressions, dated the same
    ("The polls closed at 10pm on Thursday.", "2016-06-24", "10pm", "TIME", "2016-06-23T22:00"),
    ("The polls closed at 10pm on Thursday.", "2016-06-24", "Thursday", "DATE", "2016-06-23"),
    ("He left at 9 a.m. Tuesday.", "2016-06-24", "9 a.m. Tuesday", "TIME", "2016-06-21T09:00"),  # control
    # ...and so are a day and its clock joined by "at"
    ("The quake struck on Friday at 2:46 p.m. local time.", "2011-03-12", "Friday", "DATE", "2011-03-11"),
    ("The quake struck on Friday at 2:46 p.m. local time.", "2011-03-12", "2:46 p.m. local time", "TIME",
     "2011-03-11T14:46"),
    ("The quake struck yesterday at 11:56 a.m.", "2011-03-12", "11:56 a.m.", "TIME", "2011-03-11T11:56"),
    ("The first miner reached the surface just after midnight on Wednesday.", "2010-10-14", "Wednesday", "DATE",
     "2010-10-13"),  # the weekday is its own day, not the midnight that began it
    ("Polls closed at 10pm on Thursday. The FTSE 100 fell 8% after the market opened at 8am.", "2016-06-24", "8am",
     "TIME", "2016-06-24T08:00"),  # the clock, not the weekday after it, placed the story
    # hard-wrapped text: a line break inside a sentence is no paragraph
    ("The market fell 2% on Tuesday as traders\nworried about rates. In the\nafternoon, stocks recovered.", "2024-05-08", "the\nafternoon", "TIME", "2024-05-07TAF"),
    # control: "overnight" alone is still the night before the report
    ("Stocks rebounded overnight.", "2013-03-14", "overnight", "TIME", "2013-03-13TNI"),
]


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_weekdays_and_days(case):
    check(case)


def test_possessive_weekday_is_past_news():
    # "Wednesday's ruling" in a clause that looks ahead still names a known, past day
    check(("Relatives said they would look for ways around Wednesday's ruling.", "2000-01-07", "Wednesday", "DATE", "2000-01-05"))


def test_bracketed_gmt_is_a_time_of_its_own_not_a_year():
    text = "The raid started just after 3 p.m. (2000 GMT) Tuesday, and at 10:30 a.m. (0230 GMT) it ended."
    got = [(m.text, m.type, m.value, m.rule) for m in timeline.tag(text, "1997-04-23")]
    assert got == [
        ("just after 3 p.m.", "TIME", "1997-04-22T15:00", "clock"),
        ("2000 GMT", "TIME", "1997-04-22T20:00", "clock_utc"),
        ("Tuesday", "DATE", "1997-04-22", "weekday"),
        ("10:30 a.m.", "TIME", "1997-04-22T10:30", "clock"),  # the story stays on Tuesday
        ("0230 GMT", "TIME", "1997-04-22T02:30", "clock_utc"),
    ]


# the UTC day follows from the two clocks: zones run from 12 hours behind UTC to 14 ahead
UTC_CASES = [
    ("The quake hit at 4:17 a.m. (0117 GMT) near Gaziantep.", "2023-02-06", "0117 GMT", "TIME", "2023-02-06T01:17"),
    ("Firefighters were called at 12:54 a.m. (2354 GMT) on Wednesday.", "2017-06-14", "2354 GMT", "TIME",
     "2017-06-13T23:54"),
    ("The collision happened at about 8:48 p.m. (0148 GMT) on Wednesday.", "2025-01-30", "0148 GMT", "TIME",
     "2025-01-30T01:48"),
    ("The first shots were reported at 1:40 p.m. (0040 GMT) on Friday.", "2019-03-15", "0040 GMT", "TIME",
     "2019-03-15T00:40"),
    ("The market opened at 9:05 a.m. (3:05 GMT) on Monday.", "2005-11-29", "3:05 GMT", "TIME", "2005-11-28T03:05"),
    ("The polls open at 7 a.m. (0400 UTC) tomorrow.", "2005-11-20", "0400 UTC", "TIME", "2005-11-21T04:00"),
    ("The vote ended at 8 p.m. (1900 GMT).", None, "1900 GMT", "TIME", "XXXX-XX-XXT19:00"),
    # midnight is T24:00, the end of its day: minutes from the day's start, not a clock reading
    ("The curfew starts at midnight (2200 GMT) on Friday.", "2020-03-12", "2200 GMT", "TIME", "2020-03-13T22:00"),
    ("The curfew starts at midnight (0100 GMT) on Friday.", "2020-03-12", "0100 GMT", "TIME", "2020-03-14T01:00"),
    # a day off the calendar: the time alone
    ("It hit at 11 p.m. (0300 GMT) tonight.", "9999-12-31", "0300 GMT", "TIME", "XXXX-XX-XXT03:00"),
]


@pytest.mark.parametrize("case", UTC_CASES, ids=[c[0][:40] for c in UTC_CASES])
def test_restated_utc_clock(case):
    check(case)


def test_a_year_in_brackets_is_not_a_restated_clock():
    got = [m.text for m in timeline.tag("The law was passed at 3 p.m. (2000 vote) on Tuesday.", "1997-04-23")]
    assert "2000 vote" not in got and not any("GMT" in t for t in got)


def test_a_day_off_the_calendar_keeps_the_named_day():
    for text, ref in (("the day after 9999-12-31", "2024-05-05"), ("the day before 0001-01-01", "2024-05-05"),
                      ("the day after Dec. 31.", "9999-12-30")):
        ms = timeline.tag(text, ref)
        assert [m.rule for m in ms] in (["iso_date"], ["month_day"])


@pytest.mark.parametrize("text,ref,values", [
    # a weekday named again with no firm tense of its own is the day it was first told as
    ("Iraqis will vote on Thursday. Talabani leads the coalition contesting Thursday's election.", "2005-12-13",
     ["2005-12-15", "2005-12-15"]),
    # ... also a possessive planned event whatever its clause's modal
    ("The tally appeared on the screens on Thursday afternoon. Washington has warned that Thursday's vote could cost "
     "the Palestinians aid.", "2012-11-30", ["2012-11-29TAF", "2012-11-29"]),
    # the first firm telling counts, not a later one in another tense
    ("Shares collapsed on Tuesday. Effective Tuesday, the bank will lift the controls. Tuesday's losses were an "
     "echo of 1997.", "2006-12-20", ["2006-12-19", "2006-12-26", "2006-12-19"]),
    # a deadline word that turned the tense does not fix the day
    # (a plain past "was 4.9 trillion yuan by Friday" is done by then: the deadline is a target set)
    ("The exchange set a target of 4.9 trillion yuan by Friday. It closed at 1866 on Friday.", "2005-12-13",
     ["2005-12-16", "2005-12-09"]),
])
def test_weekday_named_again(text, ref, values):
    assert [m.value for m in timeline.tag(text, ref) if m.rule == "weekday"] == values


def test_a_clock_in_universal_time():
    (m, _) = timeline.tag("The minister spoke at 14:30 Universal Time on Tuesday.", "2003-03-20")
    assert (m.text, m.type, m.value) == ("14:30 Universal Time", "TIME", "2003-03-18T14:30")


def test_mid_morning_is_the_middle_of_the_morning():
    (m,) = timeline.tag("The boat sank in mid-morning.", "2003-04-21")
    assert (m.text, m.type, m.value, m.mod) == ("mid-morning", "TIME", "2003-04-21TMO", "MID")


def test_may_day_is_a_holiday():
    (m,) = timeline.tag("Unions plan rallies for May Day.", "2003-04-21")
    assert (m.text, m.value) == ("May Day", "2003-05-01")
    assert timeline.tag("The ship sent a mayday call.", "2003-04-21") == []


def test_into_the_night_is_a_part_of_the_day():
    (m,) = timeline.tag("The talks ran into the night.", "2014-07-14")
    assert (m.text, m.type) == ("the night", "TIME")
    assert timeline.tag("They looked into the night sky.", "2014-07-14") == []


def test_a_bare_part_of_the_day_after_from_or_after():
    got = [(m.text, m.value, m.mod) for m in timeline.tag("The winds picked up from late morning.", "2017-10-16")]
    assert got == [("late morning", "2017-10-16TMO", "END")]
    assert [m.text for m in timeline.tag("The shelling resumed after dawn.", "2017-10-16")] == ["dawn"]
    assert timeline.tag("Shares rose after morning trading.", "2017-10-16") == []
