"""Session 26's rules, each with the near misses that guard it: one table of
(text, reference, span, value), read by one test (a value of None: no mention has that span)."""

import pytest

import timeline

CASES = [
    # a bare "the day"/"the night" framed by throughout/through/for is the story's day (or today)
    ("We'll have more on the PS4 throughout the day, including our full review.", "2013-11-15", "the day", "2013-11-15"),
    ("Storm Ciarán hit on Thursday. More than 100 schools have closed for the day.", "2023-11-02", "the day", "2023-11-02"),
    ("The cardinals met on Tuesday afternoon and held one ballot before retiring for the night.", "2013-03-14", "the night", "2013-03-12TNI"),
    # ... an update told ahead is of today, whatever day the story was on
    ("We will update this story throughout the day.", "2019-01-29", "the day", "2019-01-29"),
    # ... not a day that a clause or a possessive follows, nor one after other words
    ("He made plans for the day he would retire.", "2013-11-15", "the day", None),
    ("It was good for the day's trading.", "2013-11-15", "the day", None),
    ("Temperatures drop sharply during the night.", "2013-11-15", "the night", None),
    ("The night was cold.", "2013-11-15", "The night", None),
    # "for the week", "within the week": the current week
    ("The Sensex closed on Friday, down 1.3 per cent for the week.", "2010-10-17", "the week", "2010-W41"),
    ("The ministry plans to announce the rules within the week.", "2011-07-19", "the week", "2011-W29"),
    # "the week ahead": the week now starting (the next one from a weekend); "the year ahead" a stretch
    ("Here is our guide to the week ahead.", "2009-11-30", "the week ahead", "2009-W49"),
    ("We'll be right back with a look at the week ahead at City Hall.", "2017-03-12", "the week ahead", "2017-W11"),
    ("The budget would take half a point off growth in the year ahead.", "2014-05-13", "the year ahead", "P1Y"),
    # ... not as a section's heading
    ("Markets fell.\n\nThe week ahead\n\nMonday: results.", "2018-07-01", "The week ahead", None),
    # a list of three or more rising years joined by commas, after a word that takes a year
    ("The charter was reissued in revised form in 1216, 1217 and 1225.", "2015-06-15", "1217", "1217"),
    ("The charter was reissued in revised form in 1216, 1217 and 1225.", "2015-06-15", "1225", "1225"),
    ("She drew on the poll-tax returns of 1377, 1379 and 1380.", "2011-06-17", "1377", "1377"),
    ("The reforms of 1832, 1867 and 1884 widened the franchise.", "2011-06-17", "1867", "1867"),
    # ... not room numbers, falling numbers or counts
    ("The hotel has rooms 1012, 1014 and 1016.", "2011-06-17", "1014", None),
    ("Prices in 1500, 1400 and 1300 stores fell.", "2011-06-17", "1400", None),
    # a year after a time preposition may have "of" after it; a count of a group may not
    ("Lubitz had informed its flight school in 2009 of a previous episode.", "2015-04-02", "2009", "2009"),
    ("It was named winner in 1995 of the Sakharov prize.", "1997-04-14", "1995", "1995"),
    ("In 2000 of them were sold.", "2015-04-02", "2000", None),
    # a list of three or more days of one month: each its own date
    ("Drivers have already walked out on December 13, 14 and 16, when no trains ran.", "2017-01-03", "14", "2016-12-14"),
    ("Drivers have already walked out on December 13, 14 and 16, when no trains ran.", "2017-01-03", "16", "2016-12-16"),
    ("Drivers have already walked out on December 13, 14 and 16, when no trains ran.", "2017-01-03", "December 13", "2016-12-13"),
    ("The tour plays Manchester on 11, 12, 16, 19 and 20 July, then Wembley.", "2025-07-05", "11", "2025-07-11"),
    ("The tour plays Manchester on 11, 12, 16, 19 and 20 July, then Wembley.", "2025-07-05", "20 July", "2025-07-20"),
    ("Strikes are planned on 5, 6 and 9 January 2017.", "2016-12-20", "6", "2017-01-06"),
    # ... not counts after a date, nor falling numbers
    ("On December 13, 14 and 16 people were hurt.", "2017-01-03", "14", None),
    ("Scores of 21, 14 and 7 July.", "2017-01-03", "14", None),
    # a short quoted name or scare quote inside a clause is no break, and its words do not date it
    ('The government will publish its "great repeal bill" white paper on Thursday.', "2017-03-29", "Thursday", "2017-03-30"),
    ('The bank will offer loans in two "targeted" operations in September.', "2014-06-05", "September", "2014-09"),
    # ... a quotation the verb takes, or one that holds the time, is read as before
    ('He said "we will win" on Tuesday.', "2017-03-29", "Tuesday", "2017-03-28"),
    ('"We meet on Thursday," he said.', "2017-03-29", "Thursday", "2017-03-30"),
    # a verbless phrase of venue after a comma shares the clause's verb; a relative aside before it is passed over
    ("Hodgson's side will play again, against Slovakia in Saint-Etienne on Monday.", "2016-06-16", "Monday", "2016-06-20"),
    ("Leicester will play Everton, against whom they drew on Saturday, at home.", "2014-07-09", "Saturday", "2014-07-05"),
    ("The team lost to Spain, in the final at the Maracanã on Sunday.", "2014-07-09", "Sunday", "2014-07-06"),
    # ... not a phrase with a verb of its own
    ("Germany will play Argentina, in a final that ended on Sunday.", "2014-07-09", "Sunday", "2014-07-06"),
    # a hemisphere's season is named whole; the southern one is picked by the months it covers
    ("The harvest ended in the southern autumn.", "2012-06-23", "the southern autumn", "2012-FA"),
    ("The southern spring will bring rain.", "2012-06-23", "The southern spring", "2012-SP"),
    ("Tourists flock south during the northern winter.", "2023-08-08", "the northern winter", "2023-WI"),
    # ... not a season used to name something ("their northern summer timetables")
    ("Airlines switched to their northern summer timetables at the weekend.", "2003-03-31", "their northern summer", None),
    # days of the dead
    ("Families will visit graves on the Day of the Dead.", "2016-10-28", "Day of the Dead", "2016-11-02"),
    ("Families will visit graves on All Souls' Day.", "2010-11-01", "All Souls' Day", "2010-11-02"),
    # a named day booked "for" in a past clause lies ahead (today's too)
    ("The Commission called an emergency meeting of the gas group for Wednesday.", "2006-01-02", "Wednesday", "2006-01-04"),
    ("Pro-Gotovina rallies were also announced for Sunday in neighboring Bosnia.", "2005-12-10", "Sunday", "2005-12-11"),
    ("Airlines have canceled more than 7,000 flights for Monday.", "2012-10-29", "Monday", "2012-10-29"),
    # ... not in the pluperfect, nor a possessive
    ("The party had spent N400 million mobilising agents for Saturday.", "2011-04-04", "Saturday", "2011-04-02"),
    ("Police arrested two men for Saturday's attack.", "2011-04-04", "Saturday", "2011-04-02"),
    # a small-hours clock after a night told ahead in its sentence is the next morning's
    ("Pubs will stay open on Thursday night until 1am.", "2025-05-06", "1am", "2025-05-09T01:00"),
    ("Pubs will stay open on Thursday night until 11pm.", "2025-05-06", "11pm", "2025-05-08T23:00"),
    # a bare 24-hour clock right after a written date is that day's clock
    ("ABC RADIO - PM\nFriday, 23 March 2001 18:10\n\nMir is no more.", "2001-03-23", "18:10", "2001-03-23T18:10"),
    ("Issued: 29/02/2008 11:05\nPolice are renewing their appeal.", "2008-02-29", "11:05", "2008-02-29T11:05"),
    # ... not the end of a race time, nor a bare one with nothing to date it
    ("Kimetto won in Berlin on Sunday, 28 September 2014 2:02:57 ahead of the field.", "2014-09-28", "02:57", None),
    ("The score was 18:10 after an hour.", "2001-03-23", "18:10", None),
    # "the new year" after a verb of starting or greeting it; a capitalised "New Year" with no "the" is the holiday
    ("It's a cruel way to start the new year, said Rep. Smith.", "2013-12-30", "the new year", "2014"),
    ("Restaurants greeted the new year behind locked doors.", "2021-01-01", "the new year", "2021"),
    ("Lawyers worked between Christmas and New Year.", "2009-12-31", "New Year", "2010-01-01"),
    ("Thousands were in New South Wales over New Year.", "2021-01-04", "New Year", "2021-01-01"),
    # ... not a greeting, nor in mid-year
    ("Happy New Year to all.", "2013-12-30", "New Year", None),
    ("He wants to start the new year fresh.", "2013-06-30", "the new year", None),
    # a unit of time after a unit of measure is a speed or a flow, not a time
    ("The storm hit Samar with sustained winds of 315 kilometres (195 miles) an hour.", "2013-11-08", "an hour", None),
    ("Snow fell at rates of up to 2 inches an hour.", "2015-01-26", "an hour", None),
    ("Residents can draw nearly 150 liters per head a day.", "2005-11-07", "a day", None),
    # ... and "a night out", "a day trip" name no stretch of time; "a day off" and "a day passes" do
    ("They went on a day trip to Calais.", "2015-01-26", "a day", None),
    ("Many schools gave pupils a day off on Tuesday.", "2014-09-24", "a day", "P1D"),
    ("At times a day passes without news.", "2008-03-05", "a day", "P1D"),
    # a future reported from a past day between the verb's object and "that" is seen from that day
    ("Marsden told her constituency party last Monday that she would resign her seat on Friday.", "2004-03-01", "Friday", "2004-02-27"),
    ("Marsden told her party on Monday that she will resign on Friday.", "2004-03-01", "Friday", "2004-03-05"),
    # a fronted "Through <day>," dates its clause like "Until <day>,"
    ("Through Thursday, dealers had filed 457,000 deals.", "2009-08-21", "Thursday", "2009-08-20"),
    ("Through Friday, the shop will stay open late.", "2009-08-19", "Friday", "2009-08-21"),
    # "the following/same/next afternoon", as "the following morning"
    ("The storm hit on Tuesday. The following afternoon, crews restored power.", "2019-07-14", "The following afternoon", "2019-07-10TAF"),
    ("He won on Sunday. The same afternoon, his rival conceded.", "2019-07-14", "The same afternoon", "2019-07-14TAF"),
    # guards a review of this session's rules asked for
    ("Heavy rain is forecast for Saturday, with showers expected throughout the day.", "2019-07-17", "the day", "2019-07-20"),
    ("The match is on Friday. Tickets include free travel for the day.", "2011-09-07", "the day", "2011-09-09"),
    ("It was the hottest day of 2003. Temperatures stayed above 30C throughout the day.", "2019-07-17", "the day", None),
    ("Most bats sleep through the day.", "2019-07-17", "the day", None),
    ("The hotel charges $200 for the night.", "2019-07-17", "the night", None),
    ("A yellow weather warning was in place for Sunday, when winds reached 70mph.", "2019-07-23", "Sunday", "2019-07-21"),
    ("On Friday, March 7, 2008, the Dow fell 3 percent for the week.", "2018-03-09", "the week", "2008-W10"),
    ("Stocks were flat for the week ahead of the Fed meeting.", "2019-07-17", "the week", "2019-W29"),
    ("In 1800 of the 2,000 households surveyed, water was scarce.", "2019-07-17", "1800", None),
    ("Before 2000 of the protesters had arrived, police moved in.", "2019-07-17", "2000", None),
    ("He was convicted in 2009 of the murder.", "2019-07-17", "2009", "2009"),
    ("He testified on his investigation in 1992 of the mass grave.", "2006-11-29", "1992", "1992"),
    ("Crowds of 1500, 1800 and 2000 gathered.", "2019-07-17", "1500", None),
    ("Attendances of 1200, 1250 and 1300 were recorded.", "2019-07-17", "1250", None),
    ('Investors are nervous after the "flash crash" in sterling on Friday.', "2017-06-07", "Friday", "2017-06-02"),
    ("Police sealed off two square miles a day after the explosion.", "2017-06-07", "a day", "P1D"),
    ("Within a day trains were running again.", "2017-06-07", "a day", "P1D"),
    ("Detectives are investigating a stabbing, outside a takeaway in Bristol on Friday.", "2017-02-08", "Friday", "2017-02-03"),
    ("Chinese workers head home over New Year, which falls on Friday.", "2014-01-28", "New Year", None),
    ("Hong Kong greeted the new year of the horse.", "2014-01-31", "the new year", None),
    ("Day of the Dead star Tom Savini spoke.", "2021-10-15", "Day of the Dead", None),
    ("Airlines published the northern summer schedule on Monday.", "2020-01-15", "the northern summer", None),
    ("The southern winter solstice falls on June 21.", "2020-01-15", "The southern winter", None),
    ("Updated Friday, 23 March 2001 3:45", "2001-03-23", "3:45", None),
    ("Between March 1, 2 and 3 million people crossed.", "2019-07-17", "2", None),
    # guards a second review asked for
    ("Data for Monday showed exports fell 3 percent.", "2024-03-14", "Monday", "2024-03-11"),
    ("Attendance for Saturday was 40,000.", "2024-03-14", "Saturday", "2024-03-09"),
    ("A countrywide dawn-to-dusk hartal for Thursday was called in Bangladesh.", "2005-11-29", "Thursday", "2005-12-01"),
    ("The club said it will appeal the ban, in a statement on Monday.", "2024-03-14", "Monday", "2024-03-11"),
    ("Prices have risen 5 percent since New Year.", "2023-11-10", "New Year", None),
    ("In 2008 Lehman collapsed and the Dow fell 18 percent for the week.", "2024-03-16", "the week", None),
    ("In a statement on March 1, the ministry said aid would arrive within the week.", "2024-03-14", "the week", "2024-W09"),
    ("Flooding hit the town on Saturday. Residents were evacuated. Rescue teams worked throughout the day.", "2024-03-12", "the day", None),
    ("Fans can hire a scooter for the day, or take the shuttle bus.", "2024-03-14", "the day", None),
    ("The storm moved inland at 15 miles an hour before weakening.", "2024-03-14", "an hour", None),
    ('The chancellor is due to give a "major speech" on the economy on Monday.', "2024-03-13", "Monday", "2024-03-18"),
]


@pytest.mark.parametrize("text,ref,span,value", CASES)
def test_session26_rule(text, ref, span, value):
    got = {m.text: m.value for m in timeline.tag(text, ref)}
    assert got.get(span) == value, got


def test_a_framed_day_does_not_move_the_story():
    # "free travel for the day" restates a day; the clocks after it keep the match's day
    text = "The match is on Friday. Tickets include free travel for the day. Gates open at 5pm."
    got = {m.text: m.value for m in timeline.tag(text, "2011-09-07")}
    assert got["5pm"] == "2011-09-09T17:00", got


BBC_BLOG = """Live: Flights grounded as volcanic ash drifts over UK

Page last updated at 17:51 GMT, Thursday, 15 April 2010

All times BST

1851: We are closing our live coverage for tonight.

1806: Ryanair has cancelled all its flights.

1741: The Met Office says the plume is drifting south-east.

1155: Welcome to our live coverage.
"""


def test_four_digit_stamps_of_a_live_blog_are_clocks_of_its_day():
    got = {m.text: m.value for m in timeline.tag(BBC_BLOG, "2010-04-15")}
    assert (got.get("1851"), got.get("1155")) == ("2010-04-15T18:51", "2010-04-15T11:55"), got


def test_four_digit_stamps_with_no_word_of_a_blog_are_no_clocks():
    text = "Results\n\n1851: The Great Exhibition.\n\n1862: Paris.\n\n1924: Wembley.\n"
    got = {m.text: m.value for m in timeline.tag(text, "2010-04-15")}
    assert got.get("1862") != "2010-04-15T18:62" and "T" not in (got.get("1924") or ""), got


def test_a_timeline_s_stamps_after_all_times_are_clocks():
    text = "Here's the rough timeline (all times UTC):\n\n- 15:39: Routes are withdrawn.\n- 15:50: Outages spike.\n- 16:49: Facebook says so.\n- 21:00: Services return.\n"
    got = {m.text: m.value for m in timeline.tag(text, "2021-10-04")}
    assert got.get("16:49") == "2021-10-04T16:49", got
