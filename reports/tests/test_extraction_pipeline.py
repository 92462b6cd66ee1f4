"""The whole pipeline: interface, mentions, merging, and things that are not claims."""

import json
from datetime import date

from reports.extraction import ClaimDraft, Mention, extract

DAY = date(2021, 6, 10)


def test_it_returns_claims_with_exact_quotes_and_mentions():
    text = "Floods kill 19\n\nFlash floods killed 19 people in the hills on Sunday, police said."
    claims = extract(text, DAY)
    assert len(claims) == 1
    c = claims[0]
    assert isinstance(c, ClaimDraft) and isinstance(c.mentions[0], Mention)
    m = c.mentions[0]
    assert text[m.start : m.end] == c.quote
    assert text[m.sentence_start : m.sentence_end] == m.sentence
    assert len(c.mentions) == 2  # headline and body are one claim
    assert 0 < c.confidence <= 1
    json.dumps(c.as_dict())
    assert c.as_dict()["period"] == ["2021-06-06", "2021-06-06"]


def test_it_normalises_perpetrators_and_causes():
    c = extract("Russian airstrikes killed 26 civilians in the town.", DAY)[0]
    assert (c.perpetrator, c.cause) == ("Russia", "airstrike")


def test_it_ignores_things_that_are_not_claims():
    text = (
        "About 5,000 troops have gathered near the city. The 7-year-old boy was rescued. "
        "The war began in 2014 and cost $3 billion. Some 200 families returned home. "
        "The 90-minute video shows 12 tanks. Aid reached 30,000 people in need. "
        "Nobody was hurt. The strike could kill thousands, he warned. photo_0012.jpg"
    )
    assert extract(text, DAY) == []


def test_it_survives_odd_input():
    assert extract("", DAY) == []
    assert extract("\x00\x01\xff" * 100, None) == []
    assert isinstance(extract("Zwölf Menschen wurden getötet. 12 人死亡。", DAY), list)


def test_it_keeps_two_claimants_apart():
    text = (
        "The ministry said 40 people were killed. "
        "A rights group said 40 people were killed in the same attack."
    )
    assert len(extract(text, DAY)) == 2


def test_the_same_figure_on_different_days_is_two_incidents():
    from datetime import date

    from reports.extraction.pipeline import extract

    text = (
        "Clashes in the hills\n\nRebels killed 3 soldiers on 2 May, the army said. "
        "On 4 May another patrol was ambushed and 3 soldiers were killed, the army said."
    )
    claims = extract(text, date(2020, 5, 6))
    assert [c.period[0].day for c in claims] == [2, 4]


def test_wire_dateline_does_not_hide_the_first_figure():
    from datetime import date

    from reports.extraction.pipeline import extract

    text = "Blast in port city\nLAGOS, May 6 - Eleven people were killed in a blast, police said."
    claims = extract(text, date(2020, 5, 6))
    assert [(c.count, c.claimant, c.period) for c in claims] == [(11, "police", None)]


def test_later_figures_of_the_incident_keep_its_perpetrator():
    from datetime import date

    from reports.extraction.pipeline import extract

    text = (
        "Raid on border town\n\nFrench jets killed 40 people in a border town on Monday, "
        "officials said. About 12 people were killed in the market, officials said. "
        "In all, 300 people were killed in the province over the past year, officials said."
    )
    got = {c.count: c.perpetrator for c in extract(text, date(2020, 5, 6))}
    assert got[40] == "France" and got[12] == "France"
    assert got[300] is None  # a toll over a year is not the incident
