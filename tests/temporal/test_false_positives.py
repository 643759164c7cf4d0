"""Numbers and words that are not times must yield nothing."""

import pytest

import timeline

NOT_TIMES = [
    "At least 92 dead and 1,195 people wounded.",
    "The toll rose to 38,443.",
    "The U.S. shipped 2,000-pound bombs.",
    "Call 202-456-1414 for details.",
    "Real Madrid won 3-2 after a 1-1 draw.",
    "In a second day of talks, negotiators held firm.",
    "Talks broke down on the third day of negotiations.",
    "This fiscal policy is wrong.",  # "fiscal" before a noun is an adjective
    "Citizens were asked to call the disaster control helpline, 1916, for updates.",  # a helpline number
    "Results\n\n10:15 was the winning time in the first heat.\n\nNo one else finished.",  # one line: no live blog
    "They may leave the city.",
    "May I ask a question?",
    "Thousands joined the March for Life.",
    "The 6-year-old boy and a 52-year-old man were hurt.",
    "Prices fall when supply grows.",
    "He won 1,500 votes and 2000 people attended.",
    "Three quarters of the vote went to him.",
    "It was a second chance.",
    "He lives at 1600 Pennsylvania Avenue.",
    "June Carter said it was time.",
    "Steenkamp's mother, June, sat in the front row.",
    "April Ryan asked a question.",
    "Call 555-1234 or 202-456-2024.",
    "Anyone needing help can call 0131 200 2000.",
    "Families seeking information can call the forum on +972 3 555 2023.",
    "Indians stranded in Kabul can call the helpline on 1800-11-0420.",
    "Fans flocked to the stadium on both weekends.",
    "The bank publishes a bi-monthly report.",
    "Crowds grew on recent weekends.",
    "Call (212) 555 2010 for details.",
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_not_a_time(text):
    assert timeline.tag(text, "2024-07-14") == []


# Capitalised common words inside a sentence name a programme or a paper; "daily"/"weekly"
# before a name is a publication. Each has a control that must still be a time.
NAMES = [
    ('Baker said on ABC-TV\'s "This Week With David Brinkley" that the war was over.', "This Week"),
    ("The spokesman, speaking on ABC News' \"This Week,\" said nothing new.", "This Week"),
    ("This is VOA Today.", "Today"),
    ("He told USA Today that he would run.", "Today"),
    ("The Communist Party daily Granma compared the boy to a hero.", "daily"),
    ("The company gave raises to all 75,000 of its hourly employees.", "hourly"),  # a pay class
    ("Protesters demanded a raise in their daily wage.", "daily"),
    ("Police imposed a dusk-to-dawn curfew on the slum.", "dawn"),
    ("the Israeli daily Haaretz reported on the talks.", "daily"),
    ("The news weekly Der Spiegel said so.", "weekly"),
    # a publication noun: "the daily said", "daily newspaper", a name before a reporting verb
    ("The daily said the three companies would introduce the chip.", "daily"),
    ("Windows were broken, the Jayakarta daily said.", "daily"),
    ("The state-run daily quoted him as saying the talks failed.", "daily"),
    ("According to the daily, the plan was dropped.", "daily"),
    ("Israeli daily newspaper Ha'aretz reported the threat.", "daily"),
    ("He takes his pills in the morning.", "the morning"),
    ("They spring into action.", "spring"),
    ("Markets close for the New Year holiday.", "the New Year"),
    ("Thousands celebrated the New Year in Times Square.", "the New Year"),
    ("Shares were dragged down by fall in crude prices.", "fall"),
    ("They met in Spring, Texas.", "Spring"),
    ("He drinks coffee in the morning.", "the morning"),
    ("Police arrested him on March 3. Two days later, in the evening, police raided the house.", "the evening"),
    ("Last week, in the afternoon, the shooting began.", "the afternoon"),
    ("Temperatures drop sharply during the night.", "the night"),
    ("Trading volume in the morning session was 162 million shares.", "the morning"),
    ("It was the year the wall fell.", "the year"),
    ("They began talks to define the future status of the province.", "the future"),
    ("More than seven years after the fall of the Berlin Wall, Germany is united.", "the fall"),
    ("The fall in prices was higher than analysts had forecast.", "The fall"),
    ("He led the fall in banking stocks.", "the fall"),
    ("\"Let's not be unfair towards Turkey,\" he told the Sabah daily.", "daily"),
    ("Pietersen wasted little time raising his half-century off 69 balls.", "half-century"),
    ("Peterson spent six and half years in a Vietnamese prison camp.", "half years"),
    ("In February, 6 people died.", "February, 6"),
    ("He met Jan and Oct. yesterday.", "Jan"),
    ("They bottled it in spring water.", "spring"),
    ("It rained during winter storms.", "winter"),
    ("There was a fall in prices.", "fall"),
    ("He was shot on the night of Oct. 23 in his kitchen.", "the night"),
    ("They released tapes from the night the plane crashed.", "the night"),
    ("She reads the morning papers in the evening.", "the morning"),
    # periods of play: a score (also at the sentence end), or a strong game word even when
    # another period of play is in the sentence
    ("Japan widened its advantage to close the third quarter 54-43.", "the third quarter"),
    ("Real scored twice in the first half and held on to win 2-1.", "the first half"),
    ("Owens scored a seven-yard touchdown late in the first quarter and a field goal in the second quarter.", "the second quarter"),
    ("Trailing 59-45 amid the third quarter, Palestine fought hard.", "the third quarter"),
    ("Bahrain established a comfortable 71-39 lead after three quarters.", "three quarters"),
    ("The report appeared in The Cambodia Daily on Monday.", "Daily"),
    ("Matherani told the national news weekly.", "weekly"),
    ("Medvedev told France's Le Figaro daily on Friday that this was grotesque.", "daily"),
    ("The Sun, Britain's biggest-selling daily, said so.", "daily"),
    # a holiday name in a place's name or naming a thing
    ("The boat reached Christmas Island on Monday.", "Christmas"),
    ("It was the worst since the Ash Wednesday fires of 1983.", "Ash Wednesday"),  # a named disaster
    ("Survivors of the Black Friday bushfires gathered.", "Black Friday"),
    ("Events were held to mark Holocaust Remembrance Day.", "Remembrance Day"),  # another day of that name
    ("Charlton won as Jermaine Easter's goal clinched it.", "Easter"),
    ("Easter Island statues were damaged.", "Easter"),
    ("The airport removed its Christmas trees.", "Christmas"),
    ("She hung a Christmas stocking over the fireplace.", "Christmas"),
    ("She put the Christmas tree up early this year.", "Christmas"),
    ("On Monday, the day shift walked out at the plant.", "the day"),
    ("Here are our picks for the Sunday Week 4 slate.", "Sunday Week"),
    ("Children sang Christmas carols and sent Christmas cards.", "Christmas"),
    # a weekday in a newspaper's name, a kind of thing, or a named day of history
    ("Under a headline of 'Ready for battle', The Sunday Telegraph quoted the striker.", "Sunday"),
    ("Marina Litvinenko told British Sunday newspapers that he was poisoned.", "Sunday"),
    ("He spoke to the Sunday Mirror newspaper and the BBC.", "Sunday"),
    ("Production resumed after a shutdown, Saturday Post reported.", "Saturday"),
    ("She taught Sunday school for years.", "Sunday"),
    ("The Bloody Sunday inquiry reported.", "Sunday"),
    ("Stocks crashed on Black Monday in 1987.", "Monday"),
    ("Candidates campaigned ahead of Super Tuesday.", "Tuesday"),
    # a rank or a name, not a day of the month
    ("He was the 24th person to die.", "24th"),
    ("He lives on the 24th floor.", "24th"),
    ("They appealed to the 11th Circuit Court of Appeals.", "11th"),
    ("Britain had sunk to 21st in the world.", "21st"),
    ("The church dates back to the 11th to 13th century.", "the 11th"),
    ("He shot 9/11 from the field.", "9/11"),
    # no particular day, no unit
    ("The attack happened on Jan. 7, a Wednesday, shortly before noon.", "Wednesday"),
    ("The attack came on a Wednesday morning, during the weekly meeting.", "Wednesday morning"),
    ("The factory closed. Moments later, workers occupied the site.", "Moments later"),
    # counts after "by"/"from", far-off years before a noun
    ("The monthly rent rose by 2000 euros, and the fine went from 2000 euros to 5000 euros.", "2000"),
    ("Arrivals fell by 2019 passengers.", "2019"),
    ("Police carried out searches in 1100 locations.", "1100"),
    ("GDP: $1.2 trillion (2012 est.)", "2012 est"),
    ("The crisis began in 2008. Analysts said that summer would be hard.", "that summer"),
    # an award's title
    ("She was named Person of the Year.", "the Year"),
    ("He was voted European Player of the Year.", "the Year"),
    ("Dunleavy, the NBA's 1999 coach of the year, earns millions.", "the year"),
    # a season in an event's or a place's name
    ("Traffic peaks during the Spring Festival.", "the Spring"),
    ("The first mascot appeared at the 1968 Winter Games.", "1968 Winter"),
    ("She won gold at the Winter Olympics.", "the Winter"),
    # periods of play in a game are not halves or quarters of the year
    ("He scored on a seven-yard run with 23 seconds left in the second quarter.", "the second quarter"),
    ("Fiore headed the only goal six minutes into the second half.", "the second half"),
    ("Everton dominated the first half and scored twice.", "the first half"),
    ("Silva was unbeaten on 79, his second half century of the match.", "second half"),
]
STILL_TIMES = [
    ("Hamas Says Talks Will Resume Next Week", "Next Week"),  # a title-case headline
    ('"Now we see that edge eroded," he said.', "Now"),  # a quotation starts
    ("Today, I'm here to tell you we have our suspect.", "Today"),  # a sentence starts
    ("He said. This Week Two of the talks began.", "This Week"),
    ("Qantas plans daily flights to Bombay.", "daily"),
    ("The paper is published weekly in Paris.", "weekly"),
    ("It comes against a backdrop of daily Sunni-Shiite violence.", "daily"),
    ("It was published in all daily Vietnamese-language newspapers.", "daily"),
    ("Oil output reached 2 million barrels daily.", "daily"),
    ("Hopefully in the future we can eliminate cheating.", "the future"),
    ("The future looks bright for the company.", "The future"),
    ("Classes will resume in the fall.", "the fall"),
    ("Slow growth will continue through the winter and into the spring.", "the spring"),
    ("It is a deadly feature of daily life in Baghdad.", "daily"),
    ("Police patrol the area daily.", "daily"),
    ("Flights leave Sydney daily.", "daily"),
    ("Flights leave Sydney daily, the airline said.", "daily"),
    ("Despite RSF's daily calls to the embassy, no explanation was given.", "daily"),
    ("We do this daily.", "daily"),
    ("The firm does business daily.", "daily"),
    ("Israeli jets struck Gaza daily in the war.", "daily"),
    ("\"We see this daily,\" said the doctor.", "daily"),
    ("The company publishes a daily report on prices.", "daily"),
    ("Prices are updated daily, the company said.", "daily"),
    ("Stores expect strong Christmas sales.", "Christmas"),  # what happens at the holiday
    ("The Queen's Christmas message was broadcast.", "Christmas"),
    ("Police were out over the Christmas weekend.", "Christmas weekend"),
    ("Prices will rise in the spring.", "the spring"),
    ("It was the deadliest attack of the year.", "the year"),
    ("Haaland scored his 25th goal of the year on Sunday.", "the year"),
    ("By 2030 families will pay more.", "2030"),
    ("It was 1930 local time when the first rocket hit.", "1930 local time"),
    ("Markets opened at 0930 EST.", "0930 EST"),
    ("Flights resumed at 0600 GMT, 2000 GMT and 2200 GMT.", "2000 GMT"),
    ("The deadline is 13/05/24 and the form dated 25/12/23 was filed.", "25/12/23"),
    ("Columbus sailed in 1492 and found land.", "1492"),
    ("The Sunday Mail reported on Sunday that the deal was done.", "Sunday"),
    ("The Times reported it in an early edition of its Monday newspaper.", "Monday"),
    ("He said Monday Times Square was closed.", "Monday"),
    ("Prices fell Monday. Black smoke rose.", "Monday"),
    ("The 1968 Winter Games were held in Grenoble.", "1968"),
    ("Profit rose 5% in the second quarter.", "the second quarter"),
    ("The team expects sales to recover in the second half.", "the second half"),
    ("Samsung led the smartphone market in the first quarter.", "the first quarter"),
    ("The company missed its goals in the third quarter.", "the third quarter"),
    ("The company sold 1.2 million phones in the first quarter, up from 900,000 in the fourth quarter.", "the fourth quarter"),
    ("The Senate approved the bill 52-48 in the second half of the year.", "the second half of the year"),
    ("Profit rose for three quarters in a row.", "three quarters"),
    # numbers with a dash that are no score keep the calendar period (review 7)
    ("The airline will receive five Boeing 737-800 jets in the second half.", "the second half"),
    ("Children aged 5-11 will be vaccinated in the first quarter.", "the first quarter"),
    ("The Senate voted 51-49 in the second quarter to confirm him.", "the second quarter"),
    ("In the first half, Hamas fighters led attacks in Gaza.", "the first half"),
]


@pytest.mark.parametrize("text,span", NAMES)
def test_names_are_not_times(text, span):
    assert span not in [m.text for m in timeline.tag(text, "2024-07-14")]


@pytest.mark.parametrize("text,span", STILL_TIMES)
def test_controls_stay_times(text, span):
    assert span in [m.text for m in timeline.tag(text, "2024-07-14")]
