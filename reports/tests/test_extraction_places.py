"""Places: gazetteer lookup, most specific place, the article's country as fallback."""

from datetime import date

from reports.extraction import extract
from reports.extraction.places import lookup

DAY = date(2021, 6, 10)


def test_it_looks_up_countries_and_cities():
    syria = lookup("Syria")
    assert (syria.kind, syria.country_code) == ("country", "SY")
    assert lookup("Mosul").country_code == "IQ"
    assert lookup("Qwxzzy") is None


def test_it_prefers_the_most_specific_place_in_the_sentence():
    claims = extract("A bomb killed 14 people in Kabul, Afghanistan, on Monday.", DAY)
    assert [c.location for c in claims] == ["Kabul"]
    assert claims[0].place.country_code == "AF"


def test_it_falls_back_to_the_place_named_before():
    text = "Fighting raged in Mogadishu on Monday. Medics said 31 people were wounded."
    claims = extract(text, DAY)
    assert claims[0].location == "Mogadishu"


def test_it_does_not_take_adjectival_countries_as_places():
    claims = extract("U.S. forces killed 12 militants in Kandahar.", DAY)
    assert claims[0].location == "Kandahar"


# Location rules (ANNOTATION "Location"): sentences written for these tests.


def _loc(text, day=DAY):
    return [c.location for c in extract(text, day)]


def test_a_dateline_is_not_the_place_when_the_sentence_names_one():
    text = (
        "Storm hits coast\n\n"
        "LISBON (Reuters) - At least 12 people were killed across Portugal on Monday."
    )
    assert _loc(text) == ["Portugal"]


def test_the_dateline_is_the_fallback_when_the_text_names_no_place():
    text = (
        "Blast kills guards\n\nNAIROBI (Reuters) - A bomb killed 7 guards on Monday, police said."
    )
    assert _loc(text) == ["Nairobi"]


def test_coordinated_places_give_the_country_the_article_names():
    text = (
        "Fighting spread across Colombia this week. Officials said 9 rebels were killed in "
        "clashes in Antioquia and Meta departments on Monday."
    )
    assert _loc(text) == ["Colombia"]


def test_coordinated_places_with_no_named_container_stay_as_written():
    text = "Officials said 9 rebels were killed in clashes in Antioquia and Meta departments."
    assert _loc(text) == ["Antioquia and Meta"]


def test_the_first_place_of_a_chain_is_the_most_specific():
    text = "Gunmen killed 4 farmers in Puerto Alegre, Caqueta department, on Monday."
    assert _loc(text) == ["Puerto Alegre"]


def test_the_place_nearest_each_figure_wins():
    text = "The toll in Wana Kot rose to 12 and the toll in Sarai Bagh rose to 30."
    assert _loc(text) == ["Wana Kot", "Sarai Bagh"]


def test_a_locality_noun_names_a_place_the_gazetteer_lacks():
    text = "Troops killed 11 fighters near the desert base of Wadi Tamra in northern Mali."
    assert _loc(text) == ["Wadi Tamra"]


def test_a_reference_point_is_not_the_place():
    text = "Rebels killed 15 villagers in the hamlet of Koro, 40 km north of Bamako."
    assert _loc(text) == ["Koro"]


def test_a_demonym_with_a_place_noun_gives_the_country():
    text = "Jets killed 18 people in a raid on a remote Ethiopian village on Monday."
    assert _loc(text) == ["Ethiopia"]


def test_the_capital_is_the_capital_of_the_article_country():
    text = "KATHMANDU (Reuters) - A bomb wounded 9 people in the Nepali capital on Monday."
    assert _loc(text) == ["Kathmandu"]


def test_where_a_report_was_made_is_not_where_it_happened():
    text = "It was announced today in Nairobi that police killed 6 raiders in Kenya."
    assert _loc(text) == ["Kenya"]


def test_a_toll_over_weeks_names_the_country_not_the_last_village():
    text = (
        "Gunmen killed 5 farmers in the village of Loma in Peru on Monday. "
        "Officials said 230 people were killed in political violence in January."
    )
    assert _loc(text) == ["Loma", "Peru"]


def test_the_next_sentence_may_give_the_place_of_the_event():
    text = (
        "Officials said 14 people died in the offensive. "
        "The attacks took place in the departments of Meta, Arauca and Vichada in Colombia."
    )
    assert _loc(text) == ["Colombia"]


def test_all_caps_wire_text_keeps_names_as_written():
    text = (
        "LIMA, 3 MAR 90 (EFE) -- [TEXT] FIVE PEASANTS WERE KILLED IN CONRAY, TARMA PROVINCE, "
        "ON 2 MARCH, POLICE SAID."
    )
    assert _loc(text, date(1990, 3, 3)) == ["Conray"]


def test_the_named_place_wins_over_its_setting():
    from reports.extraction import locate, places
    from reports.extraction.sentences import Sentence, tokenize

    text = "Six were hurt in the Baltic port of Gdansk on Sunday."
    toks = tokenize(Sentence(text, 0, len(text), 0))
    low = [t.low for t in toks]
    found = places.places_in([t.text for t in toks], low, False, None)
    assert locate.choose(found, low, set(), 0)[0] == "Gdansk"


def test_a_country_named_only_for_its_warplanes_is_not_the_main_country():
    text = (
        "Iraqi officials said Turkish warplanes and Turkish jets struck again on Sunday. "
        "They said 40 people were killed."
    )
    assert _loc(text) == ["Iraq"]


def test_all_caps_text_learns_a_locality_the_article_introduced():
    text = (
        "TROOPS SEALED OFF THE VILLAGE OF PANTIZO, 40 KM FROM AYACUCHO, ON MONDAY.\n\n"
        "REPORTERS STAYED IN AYACUCHO ON TUESDAY.\n\n"
        "THE MAYOR SAID 14 PEOPLE WERE KILLED IN PANTIZO."
    )
    assert _loc(text) == ["Pantizo"]


def test_a_place_before_comma_where_is_the_place_of_that_clause_only():
    text = (
        "THE PERUVIAN CONVOY STOPPED 30 KM FROM MERANGO, WHERE GUNMEN KILLED 11 VILLAGERS.\n\n"
        "AN OFFICER SAID FIVE SOLDIERS WERE WOUNDED ON FRIDAY."
    )
    assert _loc(text) == ["Merango", "Peru"]


def test_a_demonym_before_a_place_noun_is_not_a_locality():
    text = "Gunmen killed 6 people in the Kenyan township of Mlango near Nairobi on Monday."
    assert _loc(text) == ["Mlango"]


def test_a_named_base_is_a_locality():
    text = "Rebels killed 9 soldiers at the Santa Rita base in the province of Chalatenango."
    assert _loc(text) == ["Santa Rita"]


def test_the_capital_and_the_countrys_regions_give_the_country():
    text = (
        "SAN SALVADOR, 12 NOV 89 -- SALVADORAN OFFICIALS SAID 40 SOLDIERS DIED IN FIGHTING IN THE"
        " CAPITAL AND THE COUNTRY'S EASTERN AREA."
    )
    assert _loc(text) == ["El Salvador"]


def test_where_news_was_learned_is_not_the_place():
    text = (
        "The killing of four engineers, which was learned about only today in Quito, shocked many."
    )
    claims = extract(text, DAY)
    assert [(c.count, c.location) for c in claims] == [(4, None)]


def test_a_tie_between_countries_goes_to_the_dateline():
    text = (
        "LIMA, 3 MAY 90 (EFE) -- [TEXT] GUERRILLAS KILLED SEVEN ENGINEERS, INCLUDING A "
        "GERMAN, IN A SMALL TOWN. THE ENGINEERS WORKED IN PERU.\n\n"
        "THE TOLL OF THE VIOLENCE IN THE COUNTRY ROSE TO 90 PEOPLE KILLED SINCE JANUARY."
    )
    claims = extract(text, date(1990, 5, 3))
    assert {c.location for c in claims if c.count == 90} == {"Peru"}


def test_a_country_only_sentence_takes_the_town_the_next_sentence_gives_for_the_event():
    text = (
        "A bomb in Pakistan has killed 7 people, police said. The blast happened near a market "
        "in the city of Peshawar, they said."
    )
    (claim,) = extract(text, DAY)
    assert claim.location == "Peshawar"


def test_a_town_of_another_country_in_the_next_sentence_is_not_taken():
    text = "A bomb in Pakistan has killed 7 people. Officials met in Kabul later."
    (claim,) = extract(text, DAY)
    assert claim.location == "Pakistan"


def test_a_place_name_is_given_without_diacritics():
    text = "JABALYA, Gaza (Reuters) - Nine people were killed on Monday, Gaza's bloodiest day."
    (claim,) = extract(text, DAY)
    assert claim.location == "Jabalya"


def test_an_island_named_before_its_noun_is_the_place():
    text = "MANILA, June 10 - Rebels ambushed a convoy and killed 11 soldiers on Samar island."
    (claim,) = extract(text, DAY)
    assert claim.location == "Samar"


def test_a_base_named_before_air_base_is_the_place():
    text = "In the battle for Kharan Wells air base, 17 soldiers were killed, the army said."
    (claim,) = extract(text, DAY)
    assert claim.location == "Kharan Wells"


def test_a_province_inside_an_island_keeps_the_province():
    text = "On Sunday 14 soldiers were killed in Sorsogon province in the island of Luzon."
    (claim,) = extract(text, DAY)
    assert claim.location == "Sorsogon"


def test_an_all_caps_name_set_off_from_a_landmark_is_a_locality():
    text = (
        "SAN SALVADOR, 10 JUN 21 (AFP) -- [TEXT] THE ARMY REPORTED THAT FOUR SOLDIERS WERE "
        "KILLED IN TALNIQUE, ABOUT 20 KM TO THE WEST OF SAN SALVADOR.\n"
        "THREE REBELS WERE WOUNDED IN CUYULTITAN, NORTH OF SAN SALVADOR."
    )
    assert _loc(text) == ["Talnique", "Cuyultitan"]


def test_the_home_of_the_victims_is_not_the_place_of_the_event():
    text = "Four people from Wales died in the flooding in the Alps, the ministry said."
    (claim,) = extract(text, DAY)
    assert claim.location != "Wales"


def test_a_foreign_country_that_speaks_is_not_the_place():
    text = (
        "BAGHDAD, June 10 - Fighting went on near Mosul in northern Iraq on Monday.\n"
        "Turkey said 40 Iraqi soldiers were killed in the fighting."
    )
    assert _loc(text)[-1] == "Mosul"


def test_seas_rivers_and_world_regions_are_places():
    from datetime import date

    from reports.extraction import extract

    text = "A ferry capsized in the Red Sea on Monday and 212 passengers drowned."
    assert {c.location for c in extract(text, date(2021, 6, 10))} == {"Red Sea"}


def test_a_list_of_countries_on_one_continent_the_article_names_gives_the_continent():
    from datetime import date

    from reports.extraction import extract

    text = (
        "Aid agencies met to discuss the Asian floods.\n\n"
        "The floods have killed at least 900 people, with Nepal, India and Bangladesh worst hit."
    )
    got = {c.count: c.location for c in extract(text, date(2021, 6, 10))}
    assert got[900] == "Asia"
    # without the continent named, the list keeps its country
    text = "The floods have killed at least 900 people, with Nepal, India and Bangladesh worst hit."
    assert {c.count: c.location for c in extract(text, date(2021, 6, 10))}[900] == "Nepal"


def test_a_lower_case_compass_word_before_a_world_region_is_part_of_its_name():
    from reports.extraction.places import places_in
    from reports.extraction.sentences import Sentence, tokenize

    def names(text):
        toks = tokenize(Sentence(text, 0, len(text), 0, False))
        found = places_in([t.text for t in toks], [t.low for t in toks], False, "GB")
        return [f.name for f in found]

    assert names("The storms that swept across south and east Asia last month.") == [
        "south and east Asia"
    ]
    assert names("Floods hit western Africa and Europe.") == ["western Africa", "Europe"]
    # a continent is not a town of the same name abroad
    from reports.extraction.gazetteer import lookup

    assert lookup("Asia").country_code is None


def test_a_world_region_after_across_is_the_place_later_figures_inherit():
    from datetime import date

    from reports.extraction import extract

    text = (
        "Markets fell as the scale of the damage wrought by the cyclone across south Asia "
        "became clear.\n\nMore than 900 people have been killed following the storm."
    )
    got = {c.count: c.location for c in extract(text, date(2021, 6, 10))}
    assert got[900] == "south Asia"


def test_a_countrywide_summary_without_a_place_takes_the_country_not_the_dateline_city():
    text = (
        "LIMA, 3 MAR 89 (EFE) -- [TEXT] A REBEL OFFENSIVE TODAY LEFT 12 SOLDIERS DEAD, THE ARMY "
        "SAID.\n\nA TOTAL OF NINE FARMERS HAVE BEEN MURDERED THIS MONTH.\n"
    )
    assert [c.location for c in extract(text, date(1989, 3, 3))] == ["Peru", "Peru"]
    single = "LIMA, 3 MAR 89 (EFE) -- [TEXT] A CAR BOMB TODAY KILLED 12 SOLDIERS, THE ARMY SAID.\n"
    assert [c.location for c in extract(single, date(1989, 3, 3))] == ["Lima"]


def test_it_gives_a_nationwide_toll_the_country_not_the_city_named():
    text = (
        "Mortars hit Baghdad\n"
        "Insurgents hammered central Baghdad on Sunday, in a day of violence that left nearly 60 "
        "dead nationwide."
    )
    assert [c.location for c in extract(text, date(2004, 9, 12))] == ["Iraq"]


def test_it_does_not_place_a_figure_where_its_source_spoke():
    text = (
        "Arrests reported\n"
        "The bishop told reporters in Managua that 12 workers were arrested in the northern "
        "province, and he asked for their release."
    )
    claims = extract(text, date(1989, 12, 1))
    assert [(c.location, c.claimant) for c in claims] == [(None, "bishop")]


def test_it_places_a_caps_figure_in_a_foreign_city_named_after_in():
    text = (
        "MANAGUA (NICARAGUA), 1 DEC 89 (ACAN-EFE) -- [TEXT] THE ORDER'S SUPERIOR REPORTED IN "
        "MANAGUA TODAY THAT FOUR WORKERS OF THE ORDER WERE ARRESTED IN SAN SALVADOR ON 30 "
        "NOVEMBER."
    )
    assert [c.location for c in extract(text, date(1989, 12, 1))] == ["San Salvador"]


def test_it_does_not_take_a_word_inside_a_longer_name_for_a_place():
    text = (
        "Ferry disaster\n"
        "A nurse said on coming off the Herald of Free Enterprise that six people on the vessel "
        "were dead."
    )
    assert [c.location for c in extract(text, DAY)] == [None]
    assert lookup("Free") is not None  # the gazetteer does hold a place of that name


def test_it_reads_a_place_the_gazetteer_lacks_from_its_landmark_noun():
    text = "Quake hits Ecuador\nThe quake near the Reventador volcano killed at least six people."
    assert [c.location for c in extract(text, DAY)] == ["Reventador"]
    # but a land mine is no landmark: "AS A RESULT OF MINE EXPLOSIONS"
    text = "ATTACKS\nAS A RESULT OF MINE EXPLOSIONS, 6 SOLDIERS WERE KILLED IN EL SALVADOR."
    assert [c.location for c in extract(text, DAY)] == ["El Salvador"]


def test_it_keeps_group_names_and_described_people_out_of_places():
    text = (
        "Five Killed in Al Qaeda Jailbreak in Kabul\n\n"
        "KABUL (Reuters) - Three Afghan prison guards were killed in a jail break attempt on "
        "Friday, the chief of Kabul's Pul-i-Charki prison said."
    )
    assert {c.location for c in extract(text, DAY)} == {"Kabul"}


def test_a_country_in_brackets_after_a_city_abroad_is_not_the_articles_country():
    text = (
        "SAN SALVADOR, 6 APR 90 (ACAN-EFE) -- [TEXT] THE FMLN SIGNED AN AGREEMENT LAST WEDNESDAY "
        "IN GENEVA (SWITZERLAND) TO CONTINUE THE DIALOGUE.\n\n"
        "FMLN GUERRILLAS ATTACKED ARMY POSITIONS IN THE NORTH OF THE CAPITAL YESTERDAY, "
        "RESULTING IN TWO REBELS BEING KILLED."
    )
    assert [c.location for c in extract(text, date(1990, 4, 6))] == ["San Salvador"]


def test_a_language_after_in_is_no_country_and_runs_of_capitals_keep_two_word_countries():
    from reports.extraction.countries import article_countries

    text = "RADIO LIBERTAD IN SPANISH TO EL SALVADOR AT 0000 GMT REPORTS".title()
    countries, named = article_countries(text, caps=True)
    assert countries == {"El Salvador": 1} and named == {"SV"}


def test_where_a_source_has_its_headquarters_is_not_the_events_place():
    text = (
        "Clashes\n"
        "The army's Fourth Brigade, with headquarters in Medellin, said two rebels were killed "
        "near Salgar, Antioquia department."
    )
    assert _loc(text) == ["Salgar"]


def test_in_capitals_a_name_opened_by_el_or_san_after_in_is_a_locality():
    text = (
        "MANAGUA, 28 MAR 89 (BARRICADA) -- [TEXT] A MERCENARY GROUP ATTACKED A TRUCK IN EL "
        "JICOTE, KILLED A WORKER AND WOUNDED FIVE OTHERS."
    )
    assert {c.location for c in extract(text, DAY)} == {"El Jicote"}


def test_possessives_and_the_netherlands_name_their_countries():
    from reports.extraction.countries import article_countries

    countries, _ = article_countries("Iraq's army and Iran’s navy sailed to the Netherlands.")
    assert countries["Iraq"] == 1 and countries["Iran"] == 1
    assert sum(n for c, n in countries.items() if "Netherlands" in c) == 1
    countries, _ = article_countries("Soviet-made rifles and anti-French slogans.")
    assert not countries


def test_cities_are_found_without_their_arabic_article():
    assert lookup("Fallujah").name == "Al Fallūjah"
    assert lookup("Ramadi").country_code == "IQ"


def test_where_soldiers_are_stationed_or_come_from_is_not_where_they_were_hit():
    text = (
        "TEGUCIGALPA, 13 JUL 89 (AFP) -- [TEXT] NINE U.S. SOLDIERS STATIONED AT THE PALMEROLA "
        "BASE WHO WERE VISITING THE CITY OF LA CEIBA WERE ATTACKED TODAY. SEVEN OF THE NINE "
        "SOLDIERS WERE WOUNDED WHEN A BOMB EXPLODED."
    )
    assert {c.location for c in extract(text, DAY)} == {"La Ceiba"}


def test_in_capitals_a_name_opened_by_el_after_at_is_a_locality():
    text = (
        "CLANDESTINE, 10 JAN 90 (RADIO VENCEREMOS) -- [TEXT] THE AMBUSH TOOK PLACE AT EL "
        "BOTIJON, IN SAN SEBASTIAN CANTON. FIVE NATIONAL GUARD SOLDIERS WERE KILLED IN IT."
    )
    assert {c.location for c in extract(text, DAY)} == {"El Botijon"}


def test_in_capitals_a_name_after_near_that_ends_the_clause_is_a_locality():
    text = (
        "CLANDESTINE, 11 AUG 89 (RADIO VENCEREMOS) -- [TEXT] TWO MORE CASUALTIES WERE "
        "INFLICTED AT 1025 NEAR PLAN GALAN."
    )
    assert {c.location for c in extract(text, DAY)} == {"Plan Galan"}


def test_in_capitals_a_known_name_followed_by_one_more_name_word_is_a_longer_name():
    text = (
        "SAN SALVADOR, 10 JAN 90 (AFP) -- [TEXT] THREE SOLDIERS WERE INJURED IN SAN JOSE "
        "GUAYABAL, IN THE CENTRAL CUSCATLAN DEPARTMENT."
    )
    assert {c.location for c in extract(text, DAY)} == {"San Jose Guayabal"}
    # a time word after the name does not lengthen it
    text = "SAN SALVADOR, 10 JAN 90 (AFP) -- [TEXT] THREE SOLDIERS WERE KILLED IN SAN MIGUEL TODAY."
    assert {c.location for c in extract(text, DAY)} == {"San Miguel"}


def test_regions_news_names_have_their_country():
    assert lookup("Darfur").country_code == "SD"
    assert lookup("Sinai").country_code == "EG"
    assert _loc("Floods\n\nUp to 70,000 people have died in the Darfur region.") == ["Darfur"]


def test_a_story_filed_abroad_about_another_country_takes_that_country():
    text = (
        "Interview\n\nROME (ITALY), 11 JAN 90 -- [TEXT] SALVADORAN LEADER RUBEN ZAMORA SPOKE "
        "ABOUT EL SALVADOR. THE WAR IN EL SALVADOR GOES ON, AND EL SALVADOR SUFFERS. OVER 7,000 "
        "PEOPLE HAVE DIED DURING 10 YEARS OF CIVIL WAR."
    )
    assert _loc(text, date(1990, 1, 11)) == ["El Salvador"]


def test_a_possessive_place_is_found_and_shown_without_its_s():
    text = (
        "BOGOTA, 2 OCT 88 (AFP) -- [TEXT] FIFTEEN SOLDIERS WERE KILLED TODAY IN COLOMBIA DURING "
        "AN AMBUSH IN CAQUETA'S SOUTHERN JUNGLES."
    )
    assert _loc(text) == ["Caqueta"]


def test_a_later_sentence_restating_the_outcome_places_it_inside_the_country():
    text = (
        "BOGOTA, 17 OCT 88 (DPA) -- [TEXT] THE ELN KIDNAPPED TWO SOLDIERS IN NORTHERN COLOMBIA.\n\n"
        "ACCORDING TO THE ARMY, THE SOLDIERS WERE KIDNAPPED WHILE WORKING ON A HIGHWAY IN "
        "POPONTE, IN THE NORTHERN CESAR DEPARTMENT."
    )
    assert _loc(text) == ["Cesar"]


def test_an_office_called_department_and_a_trailing_due_are_no_places():
    text = (
        "GUATEMALA CITY, 16 MAY 90 -- [TEXT] THREE POLICEMEN FROM THE POLICE IDENTIFICATION "
        "DEPARTMENT WERE KILLED BY GUERRILLAS IN DIFFERENT PARTS OF THE COUNTRY."
    )
    assert _loc(text) == ["Guatemala"]


def test_a_bearings_landmark_and_a_possessive_country_yield_to_the_named_place():
    text = (
        "Car bomb\n\nReuters - A car bomb exploded in the town of Baiji, north of Baghdad, on "
        "Tuesday, killing at least seven Iraqis."
    )
    assert _loc(text) == ["Baiji"]
    text = (
        "Bombing\n\nBAGHDAD (Reuters) - Gunmen killed the governor in Iraq's highest-profile "
        "assassination in months and a suicide bomber killed 10 people near the Green Zone."
    )
    assert _loc(text) == ["Baghdad"]


def test_the_place_a_single_figures_phrase_ends_in_wins():
    text = "Offensive\n\nUS troops reach centre of Fallujah as 48 killed in Baquba and Mosul."
    assert _loc(text)[0] in ("Baquba", "Baqubah")


def test_an_office_named_department_of_district_x_and_a_headlines_place_from_its_lead():
    text = (
        "BOGOTA, 4 DEC 89 -- [TEXT] A BOMB AT THE DEPARTMENT OF ADMINISTRATIVE SECURITY IN "
        "BOGOTA KILLED 67 PEOPLE."
    )
    assert _loc(text) == ["Bogota"]
    text = "Blast\n\nFifteen people were injured by a bomb in district Khuzdar of Balochistan."
    assert _loc(text) == ["Khuzdar"]
    text = (
        "ETA Seals Off Madrid with 5 Bombs, 2 Police Hurt\n\n"
        "Reuters - The Basque group ETA set off five bombs at petrol stations around Madrid."
    )
    assert _loc(text) == ["Madrid"]


def test_a_clandestine_dateline_and_an_embassys_city_are_no_places():
    text = (
        "CLANDESTINE, 13 NOV 89 (RADIO VENCEREMOS) -- [TEXT] ACCORDING TO THE U.S. EMBASSY IN "
        "SAN SALVADOR, THE NATIONAL OFFENSIVE HAS RESULTED IN 305 DEAD IN EL SALVADOR."
    )
    assert _loc(text) == ["El Salvador"]


def test_a_city_modifying_the_scene_of_a_locative_phrase_is_the_place():
    text = "A suicide bombing killed at least five people in a crowded Tel Aviv open-air market."
    assert _loc(text) == ["Tel Aviv"]
    # a hospital is where the wounded went, not where they were hurt
    assert _loc("Five people died in a Baghdad hospital.") == [None]


def test_a_possessive_that_lost_its_apostrophe_is_no_unknown_town():
    text = "Air strikes killed five people in Iraqs most rebellious city."
    assert _loc(text) != ["Iraqs"]


def test_a_country_named_for_its_striking_weapons_is_not_the_storys_country():
    from reports.extraction.countries import article_countries

    counted, _ = article_countries("Israel warplanes struck Tyre after Lebanese police fled.")
    assert counted == {"Lebanon": 1}


def test_a_title_case_city_before_a_dash_is_the_dateline():
    text = "Beijing - Police have detained a man who they say murdered eight teenagers overnight."
    assert _loc(text) == ["Beijing"]


def test_an_owner_after_the_is_no_locality_and_a_possessive_city_after_in_the_is_the_place():
    text = "An earthquake injured 14 people in an area of Japan's northern island of Hokkaido."
    assert _loc(text) == ["Hokkaido"]
    text = "A mortar attack killed four guards of a British firm in the Baghdad's Green Zone."
    assert _loc(text) == ["Baghdad"]


def test_places_listed_with_towns_the_gazetteer_lacks_take_their_country():
    text = (
        "LIMA, 5 OCT 89 (EFE) -- [TEXT] GUERRILLAS ATTACKED TOWNS IN PERU. 15 PEASANTS WERE "
        "WOUNDED IN SANTO TOMAS DE PATA DISTRICT, HUANCAVELICA DEPARTMENT, AND SAN PEDRO DE CACHI "
        "DISTRICT, AYACUCHO DEPARTMENT."
    )
    assert _loc(text, date(1989, 10, 5)) == ["Peru"]


def test_a_list_of_departments_with_a_compass_word_is_one_list():
    text = (
        "BOGOTA, 20 FEB 90 (EFE) -- [TEXT] FIVE PEASANTS HAVE DIED IN COLOMBIA. THE ACTIONS TOOK "
        "PLACE IN THE DEPARTMENTS OF BOLIVAR, META, SANTANDER, NORTHERN SANTANDER, AND ANTIOQUIA."
    )
    assert _loc(text, date(1990, 2, 20)) == ["Colombia"]


def test_victims_nationalities_do_not_outweigh_the_country_a_story_is_filed_from():
    text = (
        "GUATEMALA CITY, 29 SEP 89 (ACAN-EFE) -- [TEXT] A SPANIARD, A FRENCHMAN, AND AN ITALIAN "
        "WERE RELEASED. SPANIARD JOSE MARTINEZ AND FRENCHMAN ROBERTO LISANDY ARE WELL.\n\n"
        "THE SAME GANG HAS KIDNAPPED 40 PEOPLE THIS YEAR."
    )
    assert _loc(text, date(1989, 9, 29)) == ["Guatemala"]


def test_where_parties_met_is_neither_a_place_nor_the_storys_country():
    from reports.extraction.countries import article_countries

    text = (
        "SAN SALVADOR, 29 SEP 89 (AFP) -- [TEXT] THE SALVADORAN GOVERNMENT MET THE REBELS. "
        "DURING THE MEXICO MEETING THE PARTIES AGREED TO TALK ABOUT THE WAR, WHICH "
        "HAS RESULTED IN 70,000 DEATHS OVER A 9-YEAR PERIOD. THE COSTA RICA MEETING IS NEXT."
    )
    assert _loc(text, date(1989, 9, 29)) == ["San Salvador"]
    counted, _ = article_countries("They met in Mexico City. The Geneva talks and the Iraq summit.")
    assert counted == {}
    text = (
        "THEY AGREED TO MEET IN PANAMA. THE DIALOGUE HELD IN VENEZUELA ENDED. HOSTAGES HELD IN PERU"
    )
    assert article_countries(text, True)[0] == {"Peru": 1}


def test_this_city_is_the_one_the_story_is_filed_from():
    text = (
        "MEDELLIN, 4 SEP 89 (AFP) -- [TEXT] TWO PERSONS WERE INJURED IN DYNAMITE ATTACKS AGAINST "
        "TWO BANKS IN THIS NORTHWESTERN COLOMBIAN CITY."
    )
    assert _loc(text, date(1989, 9, 4)) == ["Medellin"]


def test_a_city_owning_something_after_of_is_not_the_scene():
    text = (
        "BOGOTA, 10 OCT 89 (EFE) -- [TEXT] GUNMEN MURDERED TWO EMPLOYEES OF BOGOTA'S DAILY EL "
        "ESPECTADOR TODAY IN MEDELLIN."
    )
    assert _loc(text, date(1989, 10, 10)) == ["Medellin"]


def test_caps_possessives_and_south_america_count_the_right_countries():
    from reports.extraction.countries import article_countries

    text = "Talks On Incorporating Colombia'S M-19 Rebels Into Northern South America"
    assert article_countries(text, True)[0] == {"Colombia": 1}


def test_a_distance_from_this_city_is_no_place_and_whom_is_no_town():
    text = (
        "AYACUCHO, 5 OCT 89 (EFE) -- [TEXT] GUERRILLAS ATTACKED FOUR TOWNS IN PERU.\n\n"
        "THE ZONE WHERE 15 PEASANTS WERE WOUNDED IS LOCATED 60 KM NORTHWEST OF THIS CITY."
    )
    assert _loc(text, date(1989, 10, 5)) == ["Peru"]
    text = "LIMA, 27 MAR 89 (EFE) -- [TEXT] POLICE ARRESTED NINE MEN FROM WHOM COCAINE WAS SEIZED."
    assert _loc(text, date(1989, 3, 27)) != ["Whom Cocaine"]


def test_a_neighbourhood_named_like_a_country_is_not_that_country():
    text = (
        "SAN SALVADOR, 12 NOV 89 (EFE) -- [TEXT] THE GUERRILLAS HAVE INFLICTED AT LEAST 18 "
        "CASUALTIES ON THE ARMED FORCES IN THE PANAMA NEIGHBORHOOD."
    )
    assert _loc(text, date(1989, 11, 12)) != ["Panama"]


def test_a_region_adjacent_to_another_and_a_downtown_are_read_as_the_scene():
    text = "Blast\n\nA bomb in the Ingushetia region adjacent to Chechnya killed 5 people."
    assert _loc(text, date(2004, 8, 4)) == ["Ingushetia"]
    text = "Blast\n\nAt least 9 people were killed when a car bomb exploded in downtown Baghdad."
    assert _loc(text, date(2004, 8, 4)) == ["Baghdad"]


def test_a_quoted_name_before_a_garrison_is_the_place():
    text = (
        "SAN SALVADOR, 27 SEP 88 -- [TEXT] THE ARMY SUSTAINED 7 DEAD IN THE REBEL ATTACK ON THE "
        '"LA CUCHILLA" GARRISON.'
    )
    assert _loc(text, date(1988, 9, 27)) == ["La Cuchilla"]


def test_compass_words_and_by_phrases_are_not_part_of_an_unknown_place():
    text = (
        "BOGOTA, 14 FEB 90 (DPA) -- [TEXT] FOUR POLICEMEN WERE KILLED TODAY IN AN AMBUSH IN THE "
        "NORTHWESTERN MUNICIPALITY OF SAN PELAYITO, IT WAS REPORTED."
    )
    assert _loc(text, date(1990, 2, 14)) == ["San Pelayito"]
    text = (
        "BOGOTA, 14 FEB 90 (DPA) -- [TEXT] SIX GUERRILLAS WERE CAPTURED IN THE TOWN OF "
        "PELAYITO BY MEMBERS OF THE POLICE."
    )
    assert _loc(text, date(1990, 2, 14)) == ["Pelayito"]


def test_the_villages_of_x_is_no_florida_town():
    text = (
        "SAN SALVADOR, 31 OCT 89 -- [TEXT] TROOPS CLASHED WITH REBELS IN THE VILLAGES OF LAS "
        "PILAS AND EL ROSARIO; FIVE REBELS WERE WOUNDED."
    )
    assert _loc(text, date(1989, 10, 31)) != ["The Villages"]


def test_a_dateline_with_a_colon_places_the_story():
    text = "Strike goes on\n\nMumbai, August 26: The strike saw 40 more drivers being arrested."
    assert _loc(text, date(2004, 8, 26)) == ["Mumbai"]


def test_a_meeting_abroad_does_not_move_a_wire_storys_figures():
    text = (
        "SAN SALVADOR, 1 NOV 89 -- [TEXT] THE COLONEL SAID 393 GUERRILLAS WERE KILLED IN THE "
        "EASTERN AREA OF THE COUNTRY. REGARDING THE DIALOGUE HELD IN PANAMA, HE SAID NOTHING."
    )
    assert _loc(text, date(1989, 11, 1)) != ["Panama"]


def test_a_country_a_superlative_ranges_over_is_not_the_scene():
    text = (
        "SAN SALVADOR, 1 NOV 89 (EFE) -- [TEXT] A CAR BOMB EXPLODED NEAR THE BRIGADE HEADQUARTERS, "
        "ONE OF THE MOST IMPORTANT IN EL SALVADOR.\n\nTHE ATTACK KILLED 10 AND INJURED 30 PEOPLE."
    )
    assert set(_loc(text, date(1989, 11, 1))) == {"San Salvador"}


def test_a_city_dateline_after_text_marks_where_the_report_was_filed():
    text = (
        "BOGOTA, 11 NOV 89 (RADIO CADENA NACIONAL) -- [TEXT] CALI -- FOUR PERSONS WERE INJURED "
        "DURING A TERRORIST WAVE LAST NIGHT."
    )
    assert _loc(text, date(1989, 11, 11)) == ["Cali"]


def test_a_quoted_camp_name_with_a_modifier():
    text = (
        'SAN SALVADOR, 14 FEB 90 -- [TEXT] SIX PERSONS DIED IN CLASHES AT THE "LOS LAURELES" '
        "REFUGEE CAMP IN CHALATENANGO DEPARTMENT."
    )
    assert _loc(text, date(1990, 2, 14)) == ["Los Laureles"]


def test_several_parts_of_the_country_is_the_country_not_the_next_sentences_village():
    text = (
        "SAN SALVADOR, 31 OCT 89 -- [TEXT] THE ARMY SAID IT INFLICTED 9 CASUALTIES ON THE FMLN "
        "IN FIGHTING IN SEVERAL PARTS OF THE COUNTRY. THE MILITARY REPORT POINTS OUT THAT TROOPS "
        "ENGAGED INSURGENTS IN THE VILLAGES OF LAS PILAS AND TEPEYAC, ALL OF WHICH ARE IN THE "
        "JURISDICTION OF CHALATENANGO, CHALATENANGO DEPARTMENT."
    )
    assert _loc(text, date(1989, 10, 31)) == ["El Salvador"]


def test_a_street_named_after_a_country_does_not_name_the_storys_country():
    from reports.extraction.countries import article_countries

    assert article_countries("Soldiers in a trench on Venezuela Boulevard were shot.")[0] == {}


def test_a_city_a_wave_of_attacks_shook_is_where_later_figures_happened():
    text = (
        "DEV-MUC3-9999 (NOSC)\n\nBOGOTA, 6 SEP 89 (AFP) -- [TEXT] THE CARTEL ANSWERED THE "
        "SPEECH. A WAVE OF ATTACKS SHOOK CALI, THE HOME OF THE TRAFFICKERS. ACCORDING TO A "
        "POLICE REPORT 9 PERSONS WERE WOUNDED IN THE ATTACKS."
    )
    assert _loc(text, date(1989, 9, 6)) == ["Cali"]


def test_a_no_city_dateline_gives_its_country():
    text = (
        "DEV-MUC3-9999 (NOSC)\n\nNO CITY (EL SALVADOR), 5 FEB 89 (FBIS) -- [EDITORIAL REPORT] "
        "[TEXT] THE "
        "STATION SAYS THE ARMY SUSTAINED 40 CASUALTIES THIS WEEK."
    )
    assert _loc(text, date(1989, 2, 5)) == ["El Salvador"]


def test_a_verb_form_after_and_is_no_unknown_place():
    text = (
        "DEV-MUC3-9999 (NOSC)\n\nBOGOTA, 4 JUL 89 -- [TEXT] THE PLAN INCLUDES FIGHTING THE "
        "PARAMILITARY GROUPS AND INCREASING PRISON SENTENCES. THE GENERAL ESCAPED BUT 7 PEOPLE "
        "WERE KILLED IN THE ATTEMPT."
    )
    assert _loc(text, date(1989, 7, 4)) != ["Increasing"]


def test_a_later_sentence_restating_the_clash_gives_its_place():
    text = (
        "TST4-MUC4-9999\n\nLIMA, 12 OCT 88 (DOMESTIC SERVICE) -- [TEXT] THE COMMAND REPORTS THAT "
        "THREE TERRORISTS HAVE DIED IN AN ARMED CLASH WITH AN ARMY PATROL.\n\nTHE COMMUNIQUE SAYS "
        "THAT A GROUP OF TERRORISTS CLASHED WITH THE ARMY IN THE HUAYLLAY REGION, LA MAR PROVINCE."
    )
    assert _loc(text, date(1988, 10, 12)) == ["Huayllay"]
