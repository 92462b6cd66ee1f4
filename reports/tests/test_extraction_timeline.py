"""Which text places a figure in time: datelines, speaking times, governing sentences."""

from datetime import date

from reports.extraction.pipeline import extract
from reports.extraction.sentences import Sentence
from reports.extraction.timeline import choose, dateline_end, event_text, own_period

PUB = date(2021, 6, 10)  # a Thursday
DAY = (date(2021, 6, 8), date(2021, 6, 8))


def test_wire_datelines_are_not_the_events_date():
    assert dateline_end("KABUL, June 10 - Nine people were hurt.") == len("KABUL, June 10 - ")
    lagos = "Lagos, Nigeria, June 10 - "
    assert dateline_end(lagos + "Nine people") == len(lagos)
    assert dateline_end("DAKAR (AFP) - Nine people") == len("DAKAR (AFP) - ")
    assert dateline_end("Nine people died in Kabul, June 10 - 11") == 0
    assert own_period("KABUL, June 10 - Nine people were hurt in a blast.", PUB) is None


def test_the_time_a_source_spoke_is_not_the_events_time():
    assert own_period("Nine people died in the blast, the army said on Tuesday.", PUB) is None
    assert own_period("On Tuesday, the army reported that nine people died.", PUB) is None
    assert own_period("Nine died on Tuesday, officials told reporters today.", PUB) == DAY
    # "yesterday's" belongs to the event, not to the speaking
    assert "yesterday's" in event_text("Officials said yesterday's blast killed nine.")


def _s(text: str, headline: bool = False) -> Sentence:
    return Sentence(text, 0, len(text), 0, headline)


def test_a_sentence_without_figures_governs_the_figures_after_it():
    untimed = ["The fighting began on Tuesday.", "Residents fled to the hills."]
    got = choose(_s("Nine soldiers were killed."), None, untimed, PUB, None, lambda s: [])
    assert got == DAY


def test_a_next_sentence_saying_when_the_event_happened_places_it():
    nxt = _s("The ambush took place on Tuesday near the border.")
    got = choose(_s("Nine soldiers were killed."), nxt, [], PUB, None, lambda s: [])
    assert got == DAY
    other = _s("The army blamed rebels on Tuesday.")
    assert choose(_s("Nine soldiers were killed."), other, [], PUB, None, lambda s: []) is None


def test_a_headline_takes_the_time_of_its_lead():
    head = _s("Blast kills nine in market", headline=True)
    lead = _s("A bomb ripped through a market on Tuesday, killing nine people.")
    assert choose(head, lead, [], PUB, None, lambda s: []) == DAY


def test_extract_applies_the_governing_time_to_later_figures():
    text = (
        "Report on the north\n\nOver the past week the rebels stepped up their attacks. "
        "Twelve soldiers were killed in an ambush, the army said on Thursday."
    )
    claims = extract(text, PUB)
    assert [(c.count, c.period) for c in claims] == [(12, (date(2021, 6, 4), PUB))]


def test_a_caption_between_the_figure_and_the_event_time_is_skipped():
    text = (
        "A car bomb in Kenya has killed 4 people, police said. A policeman stands near the "
        "wreck. The attack occurred on Tuesday near a police station."
    )
    (claim,) = extract(text, PUB)
    assert claim.period == (date(2021, 6, 8), date(2021, 6, 8))


def test_a_time_before_the_saying_verb_is_when_the_source_spoke():
    s = "Army sources today reported that nine rebels were killed over the past weekend."
    assert own_period(s, date(2021, 6, 14)) == (date(2021, 6, 12), date(2021, 6, 13))


def test_a_time_in_a_clause_about_the_future_is_not_the_events():
    text = "The unions said they will march through the capital on Monday to protest."
    assert own_period(text, PUB) is None
    assert own_period("Talks are due to resume on 14 June in Geneva.", PUB) is None
    # a past event named inside a future clause keeps its time
    got = own_period("He will not forgive last Tuesday's bombing, which killed six.", PUB)
    assert got == DAY
    untimed = ["Farmers will block the roads on Monday.", "Tension is high."]
    got = choose(_s("Nine soldiers were killed today."), None, untimed, PUB, None, lambda s: [])
    assert got == (PUB, PUB)
    got = choose(_s("Nine soldiers were killed."), None, untimed, PUB, DAY, lambda s: [])
    assert got == DAY


def test_the_day_a_station_broadcast_is_not_the_events_day():
    text = (
        "THE STATION AT 1900 GMT ON 9 JUNE BROADCASTS A REPORT THAT SEVEN PEASANTS WERE "
        '"TUESDAY NIGHT" MURDERED IN A HAMLET.'
    )
    assert own_period(text, PUB) == DAY


def test_it_skips_the_day_a_communique_was_issued_far_after_the_verb():
    text = (
        "CLASH IN HUILA\n"
        "ON 26 MARCH, ARMY TROOPS CLASHED WITH A REBEL GROUP IN A RURAL AREA OF HUILA.\n"
        "THE COMMANDER SAID IN A COMMUNIQUE ISSUED AT THE PEACE VILLAGE TODAY THAT TWO OF OUR "
        "COMRADES WERE KILLED AND THREE OTHERS WOUNDED."
    )
    claims = extract(text, date(1989, 3, 30))
    assert {c.period for c in claims} == {(date(1989, 3, 26), date(1989, 3, 26))}


def test_it_cuts_a_dateline_that_names_the_country_in_brackets():
    line = "MANAGUA (NICARAGUA), 1 DEC 89 (ACAN-EFE) -- [TEXT] FOUR WORKERS WERE ARRESTED."
    assert line[dateline_end(line) :] == "FOUR WORKERS WERE ARRESTED."


def test_it_takes_the_event_day_a_later_sentence_gives_an_inherited_period():
    text = (
        "Rail bosses on trial\n\n"
        "Five managers face trial over the Hatfield rail crash in 2000.\n\n"
        "Four people died when a section of rail broke and a train derailed. The firm was in "
        "charge of the line. The trial could last as long as a year. The accident, on 17 October "
        "2000, happened when the express came off the tracks."
    )
    claims = extract(text, date(2005, 1, 31))
    assert [c.period for c in claims] == [(date(2000, 10, 17), date(2000, 10, 17))]


def test_it_keeps_a_sentences_own_long_period():
    text = (
        "Toll report\n"
        "In the past year 500 people died in the fighting. The attack on the market, on 3 "
        "January, happened at dawn."
    )
    claims = extract(text, date(2005, 1, 31))
    assert [c.period for c in claims] == [(date(2004, 1, 31), date(2005, 1, 31))]


def test_a_date_inside_a_groups_name_is_no_time():
    s = "THE M-19 [19 APRIL MOVEMENT] TODAY PROPOSED A DIALOGUE. A BOMB KILLED TWO PERSONS."
    assert own_period(s, PUB) == (PUB, PUB)


def test_a_figure_referring_back_to_an_event_takes_the_time_and_place_first_given_it():
    text = (
        "Quake relief\n"
        "LIMA, June 10 - Peru, stricken by a severe earthquake, asked banks for relief. "
        "Officials put losses from last Thursday's earthquake at 900 mln dlrs. "
        "The talks were suspended in New York on January 16. "
        "The Red Cross says at least 300 people died due to the earthquake."
    )
    [claim] = extract(text, PUB)
    assert claim.period == (date(2021, 6, 3), date(2021, 6, 3))
    assert claim.location == "Peru"


def test_a_figure_killed_recently_takes_no_earlier_time():
    text = (
        "Clashes\n\nSAN SALVADOR, 10 JAN 90 (AFP) -- [TEXT] REBELS BOMBED TWO FACILITIES DURING "
        "THE EVENING OF 9 JANUARY. THE ARMY REPORTED THAT THREE SOLDIERS WERE KILLED RECENTLY IN "
        "CLASHES."
    )
    [claim] = extract(text, date(1990, 1, 10))
    assert claim.period is None


def test_a_burials_time_and_place_are_not_the_deaths():
    text = (
        "Ambush\n\nLIMA, 19 MAY 88 -- [TEXT] FOUR SOLDIERS DIED IN THE ATTACK NEAR CAYARA. THOSE "
        "KILLED WERE BURIED ON 16 MAY IN LIMA. THE SOLDIERS KILLED SIX SUBVERSIVES."
    )
    got = {c.count: (c.location, c.period) for c in extract(text, date(1988, 5, 19))}
    assert got[6][0] != "Lima" and got[6][1] != (date(1988, 5, 16), date(1988, 5, 16))


def test_a_scheduled_days_date_is_not_the_figures():
    text = (
        "LIMA, 31 OCT 89 (EFE) -- [TEXT] UNIONS HAVE SCHEDULED A STRIKE ON 2 NOVEMBER TO PROTEST "
        "THE ATTACK CARRIED OUT TODAY, CAUSING 8 DEATHS."
    )
    assert [c.period for c in extract(text, date(1989, 10, 31))] == [
        (date(1989, 10, 31), date(1989, 10, 31))
    ]


def test_the_next_sentence_dates_the_event_by_its_own_verb_not_an_arrival():
    text = (
        "DEV-0001 (NOSC)\n\nAYACUCHO, 26 FEB 90 (EFE) -- [TEXT] IT WAS REPORTED TODAY THAT AT "
        "LEAST 12 PATROL "
        "MEMBERS DIED DURING AN ATTACK BY A REBEL COLUMN.\n\nDRIVERS WHO ARRIVED TODAY FROM THE "
        "ZONE HAVE REPORTED THAT THE ATTACK TOOK PLACE ON FRIDAY NIGHT."
    )
    assert [c.period for c in extract(text, date(1990, 2, 26))] == [
        (date(1990, 2, 23), date(1990, 2, 23))
    ]


def test_reported_recently_leaves_the_period_to_the_sentence_before():
    text = (
        "DEV-MUC3-9999 (NOSC)\n\nSAN SALVADOR, 10 OCT 89 -- [TEXT] REPRESSION HAS INCREASED IN "
        "THE LAST 7 MONTHS. IT WAS REPORTED RECENTLY THAT 900 PEOPLE HAVE BEEN KILLED."
    )
    [claim] = extract(text, date(1989, 10, 10))
    assert claim.period == (date(1989, 3, 10), date(1989, 10, 10))


def test_a_year_in_a_parenthetical_aside_dates_something_else():
    text = (
        "TST-MUC3-9999 (NOSC)\n\nBOGOTA, 3 JUL 89 -- [TEXT] A COMMANDO GROUP FROM THE CAMILIST "
        "UNION (NAMED AFTER A PRIEST WHO WAS KILLED BY SOLDIERS IN 1966) AMBUSHED A PATROL ON THE "
        "HIGHWAY, KILLING FOUR SOLDIERS."
    )
    assert [c.period for c in extract(text, date(1989, 7, 3))] != [
        (date(1966, 1, 1), date(1966, 12, 31))
    ]
