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


def test_a_state_speaking_of_its_own_forces_is_the_perpetrator():
    text = "Peru said on Monday its forces killed 30 Bolivian soldiers near the border."
    assert _perps(text)[("killed", 30)] == "Peru"


def test_a_states_command_speaking_of_bare_troops_is_the_perpetrator():
    text = "Kenya's army command said troops killed 45 Somali soldiers in a battle on Sunday."
    assert _perps(text)[("killed", 45)] == "Kenya"


def test_the_speaker_is_not_the_perpetrator_of_its_own_losses():
    text = "Kenya said 12 Kenyan soldiers were killed when its troops were ambushed on Sunday."
    assert _perps(text)[("killed", 12)] != "Kenya"


def test_state_forces_losses_in_a_two_state_war_fall_to_the_other_state():
    text = (
        "Ecuador and Peru fought again on the border on Monday. Ecuador said Peruvian troops "
        "attacked its posts. Peru denied it.\n\nIn all, 14 Ecuadorean soldiers were killed."
    )
    assert _perps(text)[("killed", 14)] == "Peru"


def test_a_descriptor_before_a_groups_name_gives_way_to_the_name():
    text = "Members of the Maoist Shining Path killed 7 villagers in Peru on Monday."
    assert _perps(text)[("killed", 7)] == "Shining Path"


def test_either_side_of_a_battle_is_not_the_perpetrator_of_peoples_deaths():
    text = "Eleven people died in fighting between Turkish troops and PKK fighters on Monday."
    assert _perps(text)[("killed", 11)] is None


def test_the_other_side_of_a_battle_kills_the_fighters():
    text = "Seven rebels were killed in clashes between Turkish troops and PKK rebels on Monday."
    assert _perps(text)[("killed", 7)] == "Turkey"


def test_fighters_dying_in_their_own_groups_offensive_fall_to_the_state():
    text = (
        "In an offensive launched by ELN rebels near Cucuta in Colombia, six guerrillas died "
        "on Monday, the Colombian army said."
    )
    assert _perps(text)[("killed", 6)] != "ELN"


def test_an_auxiliary_before_suffered_keeps_the_subject_the_victim():
    got = _perps("A spokesman said Syrian troops had suffered 250 casualties near Homs on Monday.")
    assert got[("casualties", 250)] != "Syria"


def test_a_state_army_named_as_the_place_bombed_is_not_the_attacker():
    text = "A bomb exploded at the French army barracks in Lyon on Monday, injuring 14 people."
    assert _perps(text)[("injured", 14)] != "France"
    text = "A bomb went off outside the headquarters of the Turkish army, wounding 9 people."
    assert _perps(text)[("injured", 9)] != "Turkey"


def test_casualties_inflicted_on_a_states_army_are_not_that_states_doing():
    text = "Rebels said on Monday they inflicted 60 casualties on the Peruvian army near Ayacucho."
    assert _perps(text)[("casualties", 60)] != "Peru"


def test_a_states_offensive_after_a_hyphenated_word_names_the_state():
    text = "At least 70 people were killed in the Turkish week-old offensive near Afrin on Monday."
    assert _perps(text)[("killed", 70)] == "Turkey"


def test_a_capitalised_description_of_attackers_is_the_perpetrator():
    text = "Communist guerrillas killed 11 policemen in an ambush on Monday, officials said."
    assert _perps(text)[("killed", 11)] == "Communist guerrillas"


def test_a_country_written_by_name_with_its_army_is_the_perpetrator():
    text = (
        "Nine Lebanese villagers were killed on Monday as Syria's army shelled the border, "
        "officials said."
    )
    assert _perps(text)[("killed", 9)] == "Syria"


def test_planes_from_a_named_country_are_that_countrys():
    text = "Officials said planes from Sudan bombed two villages, killing 13 people."
    assert _perps(text)[("killed", 13)] == "Sudan"


def test_the_victims_own_country_by_name_is_not_the_perpetrator():
    text = "Four Israelis were killed on Monday near Israel's army post in the north."
    assert _perps(text)[("killed", 4)] != "Israel"


def test_a_state_reporting_that_troops_killed_is_the_state_nearest_its_verb():
    text = "CAIRO - Iran reported a new offensive, saying troops had killed 800 Iraqis near Basra."
    assert _perps(text)[("killed", 800)] == "Iran"


def test_a_group_named_only_after_a_bombing_is_not_its_default_perpetrator():
    text = (
        "A car bomb killed 12 people in a market in Kirkuk on Monday. "
        "No group said it was behind the bombing. "
        "Al Qaeda said last year it carried out another attack in the city."
    )
    got = {c.count: c.perpetrator for c in extract(text, DAY)}
    assert got[12] is None


def test_a_group_named_before_a_bombing_is_its_default_perpetrator():
    text = (
        "The FMLN stepped up its campaign in San Salvador on Monday. "
        "A bomb exploded near a bus stop, killing 7 people."
    )
    got = {c.count: c.perpetrator for c in extract(text, DAY)}
    assert got[7] == "FMLN"


def test_one_nations_casualties_in_a_two_state_war_go_to_the_other_state():
    text = (
        "Ethiopia and Eritrea fought along the border on Monday. "
        "Eritrea said Ethiopia had lost ground, and Ethiopia denied it. "
        "Asmara radio reported over 900 Ethiopian casualties today."
    )
    got = {c.count: c.perpetrator for c in extract(text, DAY)}
    assert got[900] == "Eritrea"


def test_it_names_death_squads_and_the_mrta_as_the_annotation_does():
    text = "Four peasants were killed by death squads in the north, the commission said."
    assert _perps(text) == {("killed", 4): "death squads"}
    text = "Tupac Amaru guerrillas kidnapped 12 engineers near the dam."
    assert _perps(text) == {("detained", 12): "MRTA"}


def test_a_car_bombing_is_not_the_other_state_of_a_two_state_article():
    text = (
        "Iraq and the United States\n"
        "Iraq and the United States signed a pact. Iraq said the United States would help.\n"
        "A series of car bombings in Baghdad killed one American soldier and wounded 13 others. "
        "The bombings also killed at least two Iraqi policemen."
    )
    got = {(c.outcome, c.count): c.perpetrator for c in extract(text, DAY)}
    assert got[("injured", 13)] is None
    assert got[("killed", 2)] is None


def test_people_arrested_are_the_states_doing():
    text = "LIMA, 3 MAR 22 -- POLICE REPORTED THAT OVER 2,000 PEOPLE HAVE BEEN ARRESTED IN LIMA."
    assert _perps(text)[("detained", 2000)] == "Peru"


def test_power_poles_in_capitals_are_no_poles():
    text = (
        "SAN SALVADOR, 3 MAR 22 -- AT LEAST SIX FMLN GUERRILLAS WERE KILLED. THE REBELS "
        "DESTROYED SEVERAL POWER POLES AND TWO TRANSFORMERS."
    )
    assert _perps(text)[("killed", 6)] == "El Salvador"


def test_a_rebel_stations_enemy_losses_are_the_state_forces():
    text = (
        "CLANDESTINE, 3 MAR 22 (RADIO LIBERTAD) -- [TEXT] ON 1 MARCH OUR FORCES CLASHED WITH "
        "THE 4TH BRIGADE. WE INFLICTED TWO CASUALTIES NEAR EL ROBLE. BY 1800, WE HAD INFLICTED "
        "10 ENEMY CASUALTIES."
    )
    groups = {(c.group, c.count) for c in extract(text, DAY)}
    assert groups == {("state_forces", 2), ("state_forces", 10)}


def test_the_fmln_station_names_the_articles_armed_group():
    text = (
        "CLANDESTINE, 3 MAR 22 (RADIO FARABUNDO MARTI) -- [TEXT] WE INFLICTED FOUR CASUALTIES "
        "ON THE ARMY NEAR EL ROBLE."
    )
    assert _perps(text)[("casualties", 4)] == "FMLN"


def test_victims_counted_after_including_are_no_attackers():
    text = (
        "A suicide attacker detonated a car bomb near a joint US-Iraqi checkpoint, killing three "
        "people and wounding seven, including four US soldiers, the military said."
    )
    perps = _perps(text)
    assert perps[("killed", 3)] != "United States" and perps[("injured", 7)] != "United States"


def test_a_group_named_responsible_in_the_next_sentence_caused_the_figures():
    text = (
        "AYACUCHO, 3 MAR 22 (EFE) -- [TEXT] TODAY TWO PEOPLE WERE WOUNDED WHEN A BOMB EXPLODED "
        "IN HUANTA. OFFICIALS SAID THAT SHINING PATH MEMBERS WERE RESPONSIBLE FOR THE ATTACK."
    )
    assert _perps(text)[("injured", 2)] == "Shining Path"
    # a later paragraph's claim of responsibility is another story's
    text = text.replace(" OFFICIALS SAID", "\n\nOFFICIALS SAID")
    assert _perps(text)[("injured", 2)] is None


def test_the_target_who_survived_is_no_attacker_and_an_assassination_attempt_has_a_state():
    text = (
        "GAZA (Reuters) - A senior Hamas leader survived an Israeli assassination attempt on "
        "Wednesday but at least five other Palestinians were killed in the explosion."
    )
    assert _perps(text)[("killed", 5)] == "Israel"


def test_an_arrest_is_the_doing_of_the_state_where_it_happened_soldiers_included():
    text = (
        "TEGUCIGALPA, 3 MAR 22 (AFP) -- [TEXT] SIX U.S. SOLDIERS WERE WOUNDED IN A BLAST AT THE "
        "U.S. BASE. THE UNITED STATES EMBASSY SAID THE U.S. WOULD HELP. POLICE HAVE ARRESTED TWO "
        "SUSPECTS IN LA CEIBA."
    )
    assert _perps(text)[("detained", 2)] == "Honduras"
    text = "SAN SALVADOR, 3 MAR 22 -- [TEXT] 45 SOLDIERS HAVE BEEN ARRESTED PENDING INVESTIGATION."
    assert _perps(text)[("detained", 45)] == "El Salvador"


def test_clauses_joined_by_while_keep_their_own_place_cause_and_attacker():
    text = (
        "BAGHDAD : At least six people were killed in two suicide car bombings in Baghdad while "
        "another 47 people died in a series of US air strikes around the rebel bastion of Fallujah."
    )
    got = {c.count: (c.perpetrator, c.cause, c.location) for c in extract(text, DAY)}
    assert got[6] == (None, "car bomb", "Baghdad")
    assert got[47] == ("United States", "airstrike", "Fallujah")


def test_forces_that_battled_someone_are_either_side_of_the_clashes_dead():
    text = (
        "BAGHDAD - U.S. forces battled insurgents in the slum of Sadr City on Tuesday, in clashes "
        "that left at least 34 people dead."
    )
    assert _perps(text)[("killed", 34)] is None


def test_the_attacker_named_in_the_sentence_right_before_a_bare_toll():
    text = (
        "Strike\n\nAP - An American jet fired a missile at a house in Fallujah on Friday, police "
        "said. At least three people were killed."
    )
    assert _perps(text)[("killed", 3)] == "United States"
    # not across a paragraph
    text = text.replace(" At least", "\n\nAt least")
    assert _perps(text)[("killed", 3)] is None


def test_attackers_described_after_by_keep_their_description():
    text = "LIMA, 5 OCT 88 -- [TEXT] TWO ARMY MEMBERS WERE TAKEN HOSTAGE BY A GROUP OF TERRORISTS."
    assert _perps(text)[("detained", 2)] == "terrorists"


def test_a_rebel_stations_we_is_the_articles_armed_group():
    text = (
        "CLANDESTINE, 19 MAR 89 (RADIO FARABUNDO MARTI) -- [TEXT] THE FMLN FLAGS FLY. WE HAVE "
        "CAUSED 38 CASUALTIES IN CHALATENANGO."
    )
    assert _perps(text)[("casualties", 38)] == "FMLN"


def test_a_bus_accident_has_no_attacker():
    text = "Nine British tourists and two Jordanians have been killed in a bus accident in Jordan."
    assert set(_perps(text).values()) == {None}


def test_forces_an_attack_was_against_are_its_targets():
    text = (
        "TEGUCIGALPA, 13 JUL 89 -- [TEXT] THE AUTHORITIES REPORTED THAT THEY HAVE ARRESTED TWO "
        "SUSPECTS IN LA CEIBA FOR THIS ATTACK AGAINST U.S. SOLDIERS."
    )
    assert _perps(text)[("detained", 2)] == "Honduras"


def test_attackers_described_as_responsible_in_the_next_sentence_replace_the_default():
    text = (
        "BOGOTA, 26 SEP 89 (EFE) -- [TEXT] THE M-19 GUERRILLA GROUP PROPOSED A DIALOGUE. "
        "MEANWHILE, A POWERFUL BOMB EXPLODED IN A HOTEL IN CARTAGENA, KILLING TWO PERSONS. IT IS "
        "BELIEVED THE BOMB WAS PLACED BY GROUPS LINKED TO NARCOTICS TRAFFICKERS."
    )
    assert _perps(text)[("killed", 2)] == "narcotics traffickers"


def test_a_neighbours_border_does_not_make_the_national_army_that_neighbours():
    # Filed from Tegucigalpa; a neighbour named only by its border is no party to the story.
    text = (
        "TEGUCIGALPA, 13 MAR 89 (LA TRIBUNA) -- [TEXT] A REBEL UNIT NEAR THE GUATEMALAN BORDER "
        "WAS DISMANTLED. THE ARMY CAPTURED EIGHT ALLEGED SUBVERSIVES."
    )
    claims = extract(text, date(1989, 3, 13))
    assert [(c.count, c.perpetrator) for c in claims] == [(8, "Honduras")]


def test_a_story_filed_abroad_keeps_the_country_it_is_about():
    text = (
        "MOSCOW (USSR), 6 SEP 89 (TASS) -- [TEXT] THREE EXPLOSIONS OCCURRED LAST NIGHT IN "
        "MEDELLIN, COLOMBIA. AT LEAST FIVE PEOPLE WERE WOUNDED."
    )
    claims = extract(text, date(1989, 9, 6))
    assert [(c.count, c.location) for c in claims] == [(5, "Medellin")]


def test_the_victims_employer_is_not_the_perpetrator():
    text = "Gunmen kidnapped 3 engineers who worked for the US Army in Baghdad on Monday."
    assert [c.perpetrator for c in extract(text, date(2004, 11, 5))] != ["United States"]
    text = "US troops killed 3 insurgents in Baghdad on Monday."
    assert [c.perpetrator for c in extract(text, date(2004, 11, 5))] == ["United States"]


def test_unnamed_police_after_by_are_the_articles_state():
    text = "In Venezuela, two suspects in the bombing were shot dead by police on Friday."
    assert [c.perpetrator for c in extract(text, date(2004, 11, 26))] == ["Venezuela"]


def test_an_agent_after_by_beats_a_group_named_before_as_the_source():
    text = (
        "SAN SALVADOR, 16 NOV 89 (RADIO VENCEREMOS) -- [TEXT] THE SECRETARIAT OF THE FMLN "
        "CONDEMNS THE MASSACRE OF FIVE PRIESTS CARRIED OUT BY THE SALVADORAN ARMED FORCES."
    )
    assert [c.perpetrator for c in extract(text, date(1989, 11, 16))] == ["El Salvador"]
    text = (
        "SAN SALVADOR, 16 NOV 89 (EFE) -- [TEXT] THE FMLN CONDEMNED THE MASSACRE OF FIVE "
        "PRIESTS CARRIED OUT BY ARMY SOLDIERS IN SAN SALVADOR."
    )
    assert [c.perpetrator for c in extract(text, date(1989, 11, 16))] == ["El Salvador"]


def test_a_toll_over_both_sides_has_no_one_perpetrator():
    text = (
        "SAN SALVADOR, 13 NOV 89 (EFE) -- [TEXT] THE OFFENSIVE LAUNCHED BY THE FMLN ON 11 "
        "NOVEMBER HAS ALREADY RESULTED IN 139 DEAD, INCLUDING SOLDIERS, REBELS, AND CIVILIANS."
    )
    assert [c.perpetrator for c in extract(text, date(1989, 11, 13))] == [None]


def test_the_side_an_attack_was_made_on_is_not_its_perpetrator():
    text = (
        "Three Iraqis Killed in Bomb Attack on U.S. Troops\n\nSAMARRA, Iraq (Reuters) - Three "
        "Iraqis were killed on Wednesday when a suicide car bomber attacked a U.S. convoy."
    )
    assert [c.perpetrator for c in extract(text, date(2004, 12, 8))] == [None]


def test_attackers_described_after_by_and_not_those_who_live_there():
    text = (
        "SAN SALVADOR, 3 JUL 89 (AFP) -- [TEXT] TWO CIVILIANS WERE WOUNDED THIS MORNING DURING AN "
        "ATTACK BY URBAN GUERRILLAS ON A NEIGHBORHOOD INHABITED BY MANY SALVADORAN MILITARY "
        "OFFICERS."
    )
    assert [c.perpetrator for c in extract(text, date(1989, 7, 3))] == ["urban guerrillas"]


def test_a_country_that_kills_in_a_headline_is_the_perpetrator_not_its_target():
    got = _perps("Turkey kills 7 in strike on PKK commander\n\nThe raid took place on Monday.")
    assert got[("killed", 7)] == "Turkey"
    text = "THE UNITED STATES KILLED 14 MEN IN A RAID ON A HAMAS HIDEOUT, OFFICIALS SAID."
    assert _perps(text)[("killed", 14)] == "United States"
    text = "A car bomb in Iraq killed 9 people on Monday, police said."
    assert _perps(text)[("killed", 9)] != "Iraq"


def test_unnamed_rebels_who_kill_are_the_articles_armed_group():
    text = (
        "BOGOTA, 27 MAR 89 -- [TEXT] FARC FRONTS BROKE THE TRUCE IN META. ACCORDING TO COLONEL "
        "JOSE PEREZ, WHO LEADS OPERATIONS WITH THE SUPPORT OF 7TH BRIGADE TROOPS, THE REBELS "
        "KILLED FIVE PEOPLE."
    )
    assert [c.perpetrator for c in extract(text, date(1989, 3, 27))] == ["FARC"]


def test_the_popular_liberation_army_is_the_epl():
    text = (
        "BOGOTA, 14 FEB 90 (DPA) -- [TEXT] FOUR POLICEMEN WERE KILLED IN AN AMBUSH SET BY "
        "GUERRILLAS OF THE MAOIST POPULAR LIBERATION ARMY IN CORDOBA."
    )
    assert [c.perpetrator for c in extract(text, date(1990, 2, 14))] == ["EPL"]


def test_a_group_the_arrested_belong_to_did_not_arrest_them():
    text = (
        "LIMA, 3 MAY 90 -- [TEXT] THE POLICE ARRESTED 80 PEOPLE, OF WHOM ABOUT 50 ARE ALLEGED "
        "SHINING PATH MEMBERS, DURING THE RIOTS."
    )
    assert [c.perpetrator for c in extract(text, date(1990, 5, 3)) if c.count == 80] == ["Peru"]


def test_the_army_accused_of_a_killing_is_the_articles_state():
    text = (
        "SAN SALVADOR, 21 FEB 90 -- [TEXT] THE PARTY ACCUSED THE ARMY OF MURDERING 12 PEASANTS "
        "IN CHALATENANGO."
    )
    assert [c.perpetrator for c in extract(text, date(1990, 2, 21))] == ["El Salvador"]


def test_the_holders_of_hostages_as_the_text_describes_them():
    def perps(text):
        return [c.perpetrator for c in extract("Hostages\n\n" + text, date(2004, 9, 4))]

    assert perps("The Iraqi kidnappers of three Italian engineers issued a video.") == [
        "Iraqi kidnappers"
    ]
    assert perps("Ministers urged Iraqi militants Sunday to free 2 drivers held hostage.") == [
        "Iraqi militants"
    ]
    assert perps("An Islamic militant group that claimed to have kidnapped 4 drivers spoke.") == [
        "Islamic militant group"
    ]


def test_unnamed_attackers_the_clause_describes():
    def perps(text):
        return [c.perpetrator for c in extract("Clashes\n\n" + text, date(2004, 9, 4))]

    assert perps(
        "One policeman was killed and 3 others were wounded in clashes with militants."
    ) == ["militants"]
    text = "TWO POLICE AGENTS WERE KILLED WHEN ALLEGED URBAN COMMANDOS MACHINEGUNNED A PATROL."
    assert perps(text) == ["URBAN COMMANDOS"]
    text = "Explosion in southern Italy kills eight\n\nA gas leak may be to blame."
    assert _perps(text)[("killed", 8)] is None


def test_an_acronym_spelled_out_as_an_office_is_no_armed_group():
    text = (
        "DEV-MUC3-9999 (NOSC)\n\nSAN SALVADOR, 3 MAR 90 -- [TEXT] WE ATTACKED AN IRA [INSTITUTE "
        "OF SUPPLY REGULATION] CENTER IN CHALATENANGO, THE FMLN SAYS. THE IRA INSTALLATION WAS "
        "DESTROYED. ELEVEN SOLDIERS WERE KILLED IN THE ATTACK."
    )
    assert [c.perpetrator for c in extract(text, date(1990, 3, 3))] == ["FMLN"]


def test_attackers_who_purportedly_killed_are_the_perpetrators_and_the_figure_is_hedged():
    text = "Prisoners\n\nThe demands came from militants who purportedly killed four hostages."
    [claim] = extract(text, date(2004, 9, 22))
    assert (claim.perpetrator, claim.hedged) == ("militants", True)


def test_fighter_jets_name_their_state():
    text = "Jets\n\nUS fighter jets bombed the city yesterday, killing at least 12 people."
    assert [c.perpetrator for c in extract(text, date(2004, 10, 9))] == ["United States"]


def test_described_guerrillas_are_the_articles_armed_group_when_it_names_one():
    text = (
        "TST2-MUC4-9999\n\nBOGOTA, 20 AUG 89 (AFP) -- [TEXT] EIGHT POLICEMEN WERE KILLED TODAY "
        "WHEN GUERRILLAS DYNAMITED THEIR VEHICLE, AUTHORITIES REPORTED.\n\nTHE SOURCES "
        "ATTRIBUTED THE ATTACK TO THE 17TH FRONT OF THE FARC."
    )
    assert [c.perpetrator for c in extract(text, date(1989, 8, 20))] == ["FARC"]


def test_more_armed_groups_are_known_by_name():
    assert _perps("Officials said the Medellin cartel killed 12 judges in Bogota.") == {
        ("killed", 12): "Medellin cartel"
    }
    text = (
        "A bomb planted by the al-Aqsa Martyrs Brigades killed 5 people in Jerusalem, police said."
    )
    assert _perps(text) == {("killed", 5): "al-Aqsa Martyrs Brigades"}
