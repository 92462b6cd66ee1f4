"""Perpetrators: the victims' own side is never the attacker (sentences written for these tests)."""

from datetime import date

from reports.extraction import extract

DAY = date(2022, 3, 4)


def _perps(text):
    return {(c.outcome, c.count): c.perpetrator for c in extract(text, DAY)}


def test_the_subject_of_suffered_is_the_victim_not_the_attacker():
    got = _perps("A general said Syrian troops suffered 400 casualties near Homs on Monday.")
    assert got[("casualties", 400)] != "Syria"


def test_the_victims_named_group_is_not_the_perpetrator_of_an_elided_figure():
    got = _perps("Officials said 40 ISIS fighters were killed and 25 wounded in Syria on Monday.")
    assert got[("injured", 25)] != "ISIS"


def test_a_group_named_as_the_target_ranks_after_the_attacking_state():
    text = "Turkish jets struck a PKK training camp on Monday, killing 12 militants."
    assert _perps(text)[("killed", 12)] == "Turkey"


def test_a_name_and_its_descriptor_are_one_group_the_name_wins():
    text = "Suspected Shining Path Maoist rebels ambushed a bus and killed 9 farmers in Peru."
    assert _perps(text)[("killed", 9)] == "Shining Path"


def test_an_unnamed_army_that_kills_is_the_articles_state():
    text = (
        "Peruvian officials opened an inquiry on Monday.\n\n"
        "Witnesses said an army patrol killed 23 villagers near the river."
    )
    assert _perps(text)[("killed", 23)] == "Peru"
