"""Localities: lower-case names the gazetteer knows, particles, chains, separate incidents."""

from datetime import date

from reports.extraction import extract

DAY = date(2021, 6, 10)


def test_a_lower_case_place_of_the_articles_country_counts_after_in():
    text = (
        "Floods hit Ecuador on Monday. Officials in Quito said the rivers rose fast.\n\n"
        "So far 11 people have drowned in napo, a rescuer said.\n\n"
        "Nine others died in the cayambe district overnight."
    )
    locs = {c.count: c.location for c in extract(text, DAY)}
    assert locs == {11: "Napo", 9: "Cayambe"}


def test_a_lower_case_word_naming_a_foreign_town_is_not_a_place():
    text = "Floods hit Ecuador on Monday. Eleven people died in time for nothing, a rescuer said."
    assert all(c.location != "Time" for c in extract(text, DAY))


def test_a_name_read_back_from_its_noun_keeps_its_article():
    text = (
        "FIGHTING GOES ON IN EL SALVADOR. REBELS ATTACKED AN ARMY POST AT LOS ZOPILOTES CANTON,"
        " JIQUILISCO JURISDICTION, USULUTAN DEPARTMENT, KILLING FIVE SOLDIERS."
    )
    (c,) = extract(text, DAY)
    assert c.location == "Los Zopilotes"


def test_the_same_figure_at_two_localities_is_two_incidents():
    text = (
        "Rebels attacked a patrol in the village of Ralto on Monday and killed three soldiers. "
        "The same day a second unit was ambushed in the village of Pemba Sur, where three "
        "soldiers were killed, the army said."
    )
    claims = extract(text, DAY)
    assert sorted(c.location for c in claims) == ["Pemba Sur", "Ralto"]


def test_a_repetition_naming_the_same_town_is_one_claim():
    text = (
        "A car bomb killed 17 people in Kirkuk on Monday. "
        "Police in Kirkuk said 17 people were killed by the bomb."
    )
    assert len(extract(text, DAY)) == 1


def test_a_locality_longer_than_the_known_town_it_starts_with_is_kept_whole():
    # San Miguel is a Salvadoran city; San Miguel de Mercedes is a smaller town in Chalatenango.
    text = (
        "SAN SALVADOR, 19 MAR 89 (EFE) -- [TEXT] FMLN UNITS CLASHED WITH ARMY TROOPS IN SAN MIGUEL "
        "DE MERCEDES, CHALATENANGO DEPARTMENT, INFLICTING A TOTAL OF 15 CASUALTIES."
    )
    claims = extract(text, date(1989, 3, 19))
    assert [(c.group, c.count, c.location) for c in claims] == [
        ("state_forces", 15, "San Miguel de Mercedes")
    ]


def test_a_place_after_at_the_in_an_earlier_sentence_serves_later_figures():
    text = (
        "GUATEMALA, 27 MAR 89 (ACAN-EFE) -- [TEXT] TWO NEW SHOOTOUTS HAVE BEEN REPORTED AT THE "
        "PAVON PRISON FARM, WHERE INMATES MUTINIED SUNDAY. THE RIOTING HAS RESULTED IN AT LEAST 8 "
        "DEATHS."
    )
    assert [c.location for c in extract(text, date(1989, 3, 27))] == ["Pavon Prison"]


def test_a_neighbourhood_the_article_names_is_learned_as_a_locality():
    text = (
        "SAN SALVADOR, 12 NOV 89 (EFE) -- [TEXT] REBELS HAVE OCCUPIED THE ZACAMIL NEIGHBORHOOD.\n\n"
        "AT LEAST TWO CIVILIANS HAVE DIED IN ZACAMIL AND FIVE MORE HAVE BEEN WOUNDED."
    )
    assert {c.location for c in extract(text, date(1989, 11, 12))} == {"Zacamil"}


def test_an_unknown_name_after_in_followed_by_when_is_a_place():
    text = (
        "GUATEMALA CITY, 29 SEP 89 (EFE) -- [TEXT] THREE MEN WERE KIDNAPPED IN TECUN UMAN ON 27 "
        "SEPTEMBER, POLICE SAID."
    )
    assert [c.location for c in extract(text, date(1989, 9, 29))] == ["Tecun Uman"]
    text = "LIMA, 27 MAR 89 (EFE) -- [TEXT] GUNMEN KILLED THREE PEOPLE IN UCHIZA LAST NIGHT."
    assert [c.location for c in extract(text, date(1989, 3, 27))] == ["Uchiza"]
