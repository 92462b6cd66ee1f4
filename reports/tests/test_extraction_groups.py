"""Groups and outcomes: taxonomy keys, lists, elided heads, several outcomes per sentence."""

from datetime import date

from reports.extraction import GROUP_PARENT, GROUPS, OUTCOMES, QUALIFIERS, extract

DAY = date(2021, 6, 10)


def _keys(text: str) -> set[tuple]:
    return {(c.outcome, c.group, c.count) for c in extract(text, DAY)}


def test_it_exports_the_taxonomy():
    assert OUTCOMES == ("killed", "injured", "casualties", "displaced", "missing", "detained")
    assert QUALIFIERS == ("exact", "approx", "at_least", "at_most")
    assert set(GROUPS) == set(GROUP_PARENT) | {"people"}
    assert GROUP_PARENT["state_forces"] == "combatants"


def test_it_splits_two_outcomes_in_one_sentence():
    keys = _keys("Seventeen policemen were killed and 40 wounded in the ambush.")
    assert keys == {("killed", "state_forces", 17), ("injured", "state_forces", 40)}


def test_it_gives_each_list_item_its_group():
    keys = _keys("The shelling killed 412 men, 230 children and 118 women in the valley.")
    assert keys == {("killed", "men", 412), ("killed", "children", 230), ("killed", "women", 118)}


def test_it_carries_the_group_to_others():
    keys = _keys("Troops killed at least 9 insurgents and wounded 16 others near the border.")
    assert keys == {("killed", "armed_groups", 9), ("injured", "armed_groups", 16)}


def test_it_maps_civilian_roles_and_armed_groups():
    assert _keys("Gunmen abducted 23 students from a dormitory.") == {("detained", "civilians", 23)}
    keys = _keys("Airstrikes killed 61 ISIS fighters on Monday.")
    assert keys == {("killed", "armed_groups", 61)}


def test_it_reads_casualties_missing_and_displaced():
    assert _keys("The storm left 3,000 families homeless.") == {("displaced", "civilians", 3000)}
    assert _keys("At least 14 sailors are still missing.") == {("missing", "people", 14)}
    assert _keys("The battalion suffered 31 casualties.") == {("casualties", "state_forces", 31)}


def test_it_reads_all_caps_wire_text():
    keys = _keys("FOUR SOLDIERS WERE KILLED AND NINE OTHERS WERE WOUNDED IN THE ATTACK.")
    assert keys == {("killed", "state_forces", 4), ("injured", "state_forces", 9)}


def test_it_reads_death_tolls():
    assert _keys("The death toll from the flood rose to 85.") == {("killed", "people", 85)}


def test_a_breakdown_after_a_semicolon_shares_the_totals_outcome():
    from datetime import date

    from reports.extraction import extract

    text = "Medics counted 11 bodies in the market; six militiamen, three policemen and two boys."
    got = {(c.outcome, c.group, c.count) for c in extract(text, date(2021, 6, 10))}
    assert ("killed", "armed_groups", 6) in got and ("killed", "state_forces", 3) in got
    assert ("killed", "children", 2) in got


def test_a_figure_after_a_colon_with_no_outcome_of_its_own_is_no_breakdown_of_people():
    from datetime import date

    from reports.extraction import extract

    text = "Twelve people were killed in the raid. The convoy: 40 trucks and 3 buses."
    assert [c.count for c in extract(text, date(2021, 6, 10))] == [12]


def test_members_of_a_body_take_its_group():
    keys = _keys("At least 14 members of the village self-defence patrol died in the raid.")
    assert keys == {("killed", "state_forces", 14)}
    claims = extract("Police said 8 members of the Shining Path were killed in the raid.", DAY)
    assert [(c.group, c.affiliation) for c in claims] == [("armed_groups", "Shining Path")]


def test_a_quoted_head_noun_keeps_its_outcome():
    keys = _keys('AT LEAST 12 "MEMBERS OF THE CIVIL DEFENSE PATROLS" DIED IN THE AMBUSH.')
    assert keys == {("killed", "state_forces", 12)}
    # an opening quote after the figure is not skipped
    assert _keys('AT LEAST 30 SOLDIERS "BURNED THE HOUSES AND KILLED THE OWNERS".') == set()


def test_a_singular_demonym_alone_is_people():
    keys = _keys("THE WAR HAS CLAIMED THE LIVES OF AT LEAST 912 ECUADORIAN SO FAR THIS YEAR.")
    assert keys == {("killed", "people", 912)}
    assert _keys("14 BOLIVIANS WERE KILLED IN THE MINE.") == {("killed", "people", 14)}


def test_killed_or_wounded_before_a_figure_is_casualties():
    keys = _keys("The army said it killed or wounded 3,400 Iranian troops near the river.")
    assert keys == {("casualties", "state_forces", 3400)}


def test_an_instrument_phrase_between_verb_and_figure_is_skipped():
    keys = _keys("A mob killed, with stones and sticks, five villagers in the hills.")
    assert keys == {("killed", "civilians", 5)}


def test_the_murder_of_a_figure_is_a_killing():
    keys = _keys("The murder of three more teachers on Monday shocked the province.")
    assert keys == {("killed", "civilians", 3)}


def test_civil_defence_members_are_state_forces():
    lead = "LIMA, 3 MAR 90 (RADIO) -- [TEXT] THE ARMY PATROLLED THE AREA ON 2 MARCH.\n\n"
    assert _keys(lead + "THE REBELS KILLED FOUR CIVIL DEFENSE MEMBERS IN THE VILLAGE.") == {
        ("killed", "state_forces", 4)
    }
    assert _keys("Seven members of the civil defence were wounded in the raid.") == {
        ("injured", "state_forces", 7)
    }


def test_casualties_inflicted_on_a_group_take_its_group():
    text = "Five casualties were inflicted on the police in the ambush."
    assert _keys(text) == {("casualties", "state_forces", 5)}


def test_n_of_its_personnel_takes_the_group_of_personnel():
    got = extract("The battalion was routed and 120 of its personnel were killed or wounded.")
    assert [(c.outcome, c.group, c.count) for c in got] == [("casualties", "state_forces", 120)]


def test_casualties_sustained_by_it_after_that_take_the_speakers_group():
    got = extract("The army says that it only sustained 35 casualties in the fighting.")
    assert [(c.group, c.count) for c in got] == [("state_forces", 35)]


def test_casualties_sustained_in_a_second_verb_take_the_first_verbs_subject():
    got = extract("The troops killed 9 rebels and sustained 4 casualties near the border.")
    assert ("casualties", "state_forces", 4) in [(c.outcome, c.group, c.count) for c in got]


def test_the_disappearance_of_n_is_missing():
    assert ("missing", "men", 6) in _keys("Families protested the disappearance of six men.")


def test_slaughtering_n_is_killed():
    assert ("killed", "civilians", 8) in _keys("Troops were accused of slaughtering 8 farmers.")


def test_political_leaders_are_civilians():
    got = _keys("Three political leaders were kidnapped on Monday.")
    assert ("detained", "civilians", 3) in got


def test_an_elided_figure_that_suffered_injuries_is_a_figure():
    got = _keys("Eight guards were badly wounded and 25 suffered minor injuries in the riot.")
    assert ("injured", "state_forces", 25) in got


def test_it_reads_hostages_arrests_and_kidnappings_as_detained():
    assert _keys("Gunmen took as many as 26 people hostage on a bus in Athens.") == {
        ("detained", "people", 26)
    }
    assert _keys("Militants holding three U.N. workers hostage issued a video.") == {
        ("detained", "civilians", 3)
    }
    assert _keys("Police said there were only four arrests at the march.") == {
        ("detained", "people", 4)
    }
    assert _keys("The front claimed the kidnapping of 102 people in the north.") == {
        ("detained", "people", 102)
    }


def test_it_does_not_count_people_set_free():
    assert _keys("The rebels freed 5 hostages on Monday.") == set()
    assert _keys("Three hostages were released yesterday, the army said.") == set()


def test_it_reads_losing_their_lives_and_an_adverb_before_the_outcome():
    assert _keys("It was the worst month, with at least 135 soldiers losing their lives.") == {
        ("killed", "state_forces", 135)
    }
    assert _keys("THERE ARE 1 MILLION LOCALLY DISPLACED IN THE COUNTRY.") == {
        ("displaced", "people", 1000000)
    }


def test_it_drops_future_and_hypothetical_outcomes():
    assert _keys("Some 45 million children will die before 2030, the report said.") == set()
    assert _keys("More than 300 people could be wounded if the dam breaks.") == set()
    # a past possibility is a (hedged) claim, not a hypothetical
    assert _keys("Up to 300 people may have been killed, officials said.") == {
        ("killed", "people", 300)
    }


def test_it_reads_past_a_dashed_breakdown_of_the_figure():
    text = (
        "SIX JESUIT PRIESTS -- FIVE SPANIARDS AND ONE SALVADORAN -- AND TWO WOMEN WERE MURDERED "
        "BY MEN IN UNIFORM."
    )
    assert _keys(text) == {("killed", "civilians", 6), ("killed", "women", 2)}
    text = "Four aid workers - three Britons and one American - were abducted near the border."
    assert _keys(text) == {("detained", "civilians", 4)}


def test_it_skips_unknown_words_right_before_a_group_noun():
    assert _keys("The law applies to the 11 current terror detainees.") == {
        ("detained", "people", 11)
    }
    assert _keys("Gunmen killed five church workers in the village.") == {
        ("killed", "civilians", 5)
    }
    # but not a verb or an unrelated noun: "three emergency centers" are not people
    assert _keys("Floods killed nobody but shut three emergency centers.") == set()


def test_a_verb_before_a_figure_reaches_the_list_past_a_dashed_aside():
    text = (
        "THE KILLING OF SIX JESUIT PRIESTS -- FIVE OF WHOM WERE SPANISH CITIZENS -- AND TWO "
        "SALVADORAN WOMEN SHOCKED THE COUNTRY."
    )
    assert _keys(text) == {("killed", "civilians", 6), ("killed", "women", 2)}


def test_an_ordinal_written_2d_is_no_figure():
    assert _keys("THE 2D INFANTRY BRIGADE SUFFERED 15 CASUALTIES.") == {
        ("casualties", "state_forces", 15)
    }


def test_n_more_is_a_new_figure_not_a_repetition():
    text = (
        "WAR REPORT\n\nWE INFLICTED TWO CASUALTIES NEAR EL PINAL ON 7 AUGUST. "
        "TWO MORE CASUALTIES WERE "
        "INFLICTED NEAR LA CRUZ ON 7 AUGUST."
    )
    assert [c.count for c in extract(text, DAY)] == [2, 2]


def test_an_outcome_adjective_in_capitals_before_an_unknown_modifier_and_noun():
    assert _keys("HEAD\n\nTHEY DEMANDED THE RETURN OF SEVEN KIDNAPPED UNIVERSITY STUDENTS.") == {
        ("detained", "civilians", 7)
    }


def test_hostages_killed_are_killed_not_detained():
    assert _keys("HEAD\n\nMore than 320 hostages were killed in the siege.") == {
        ("killed", "people", 320)
    }
    assert _keys("HEAD\n\nThey mourned the deaths of 12 Nepalese hostages.") == {
        ("killed", "people", 12)
    }
    assert _keys("HEAD\n\nRebels are holding 12 hostages.") == {("detained", "people", 12)}


def test_what_an_offensive_cost_the_army_is_the_armys_loss():
    assert _keys("HEAD\n\nTHE OFFENSIVE, WHICH COST THE ARMY 29 DEAD, ENDED.") == {
        ("killed", "state_forces", 29)
    }


def test_jesuits_maids_and_suspects_are_people_and_a_quoted_confinement_is_detention():
    assert _keys("HEAD\n\nTHEY MURDERED SIX JESUITS AND TWO MAIDS.") == {
        ("killed", "civilians", 6),
        ("killed", "civilians", 2),
    }
    assert _keys("HEAD\n\nPOLICE HAVE ONLY ARRESTED TWO SUSPECTS.") == {("detained", "people", 2)}
    text = 'HEAD\n\n45 SOLDIERS HAVE BEEN "CONFINED IN VARIOUS HEADQUARTERS."'
    assert _keys(text) == {("detained", "state_forces", 45)}


def test_a_wire_dash_before_a_figure_is_no_range_and_others_take_the_group_before():
    text = (
        "HEAD\n\nLIMA -- [EXCERPT] HUANCAYO -- TWO ARMY MEMBERS WERE KILLED AND TWO OTHERS WERE "
        "TAKEN HOSTAGE."
    )
    assert _keys(text) == {("killed", "state_forces", 2), ("detained", "state_forces", 2)}


def test_a_list_of_figures_by_place_shares_the_outcome_and_each_keeps_its_place():
    text = (
        "HEAD\n\nWE HAVE CAUSED 38 CASUALTIES IN CHALATENANGO, 20 IN MORAZAN, AND 9 IN SAN MIGUEL."
    )
    got = {(c.outcome, c.count, c.location) for c in extract(text, DAY)}
    assert got == {
        ("casualties", 38, "Chalatenango"),
        ("casualties", 20, "Morazan"),
        ("casualties", 9, "San Miguel"),
    }


def test_led_to_the_deaths_of_still_missing_and_preschoolers():
    assert _keys("HEAD\n\nAn insurgency that has led to the deaths of more than 500 people.") == {
        ("killed", "people", 500)
    }
    assert _keys("HEAD\n\nThe toll rose to 1,970, with 884 still missing, officials say.") == {
        ("killed", "people", 1970),
        ("missing", "people", 884),
    }
    assert _keys("HEAD\n\nA rocket attack killed two Israeli preschoolers last week.") == {
        ("killed", "children", 2)
    }
    assert _keys("HEAD\n\nAP - Eight Egyptians have been arrested.") == {("detained", "people", 8)}


def test_killing_and_wounding_the_injuring_of_and_the_assassination_of_the_n():
    text = "HEAD\n\nTHEY BOMBED THE UNION, KILLING AND WOUNDING OVER 40 PEOPLE."
    assert _keys(text) == {("casualties", "people", 40)}
    assert _keys("HEAD\n\nTHEY CONDEMNED THE INJURING OF TWO POLICEMEN.") == {
        ("injured", "state_forces", 2)
    }
    assert _keys("HEAD\n\nTHE ASSASSINATION OF THE SIX JESUIT PRIESTS SHOCKED THE WORLD.") == {
        ("killed", "civilians", 6)
    }
    # a total after "N of the" stays no figure
    assert _keys("HEAD\n\n32 of the 543 passengers were confirmed dead.") == {
        ("killed", "civilians", 32)  # the group of the total: passengers
    }


def test_an_elided_object_before_a_later_noun_takes_that_noun_not_the_attackers():
    assert _keys("HEAD\n\nRebels killed 12 and wounded 30 soldiers.") == {
        ("killed", "state_forces", 12),
        ("injured", "state_forces", 30),
    }


def test_members_of_a_revolutionary_movement_all_n_remained_missing_and_some_of_the_wounded():
    text = "HEAD\n\nSEVEN ALLEGED MEMBERS OF THE MOVEMENT OF THE REVOLUTIONARY LEFT WERE ARRESTED."
    assert _keys(text) == {("detained", "armed_groups", 7)}
    assert _keys("HEAD\n\nTHE PLANE BLEW UP, KILLING ALL 107 PASSENGERS.") == {
        ("killed", "civilians", 107)
    }
    assert _keys("HEAD\n\nNine people were confirmed dead and 57 remained missing.") == {
        ("killed", "people", 9),
        ("missing", "people", 57),
    }
    assert _keys("HEAD\n\nTWO OF THE WOUNDED SUBVERSIVES DIED LATER.") == set()


def test_the_loss_of_n_soldiers_abandoned_homes_and_union_leaders():
    assert _keys("HEAD\n\nTHE ARMY HAS SUFFERED THE LOSS OF 220 SOLDIERS.") == {
        ("killed", "state_forces", 220)
    }
    assert _keys("HEAD\n\nSOME 50,000 PERSONS HAVE HAD TO ABANDON THEIR HOMES.") == {
        ("displaced", "people", 50000)
    }
    assert _keys("HEAD\n\nTEN LABOR UNION LEADERS WERE MERCILESSLY MASSACRED.") == {
        ("killed", "civilians", 10)
    }
    assert _keys("HEAD\n\nThe loss of 5,000 jobs hurt the city.") == set()


def test_religious_and_ethnic_communities_are_people():
    riot = "Police detained 300 Muslims at a riot this week."
    assert _keys(riot) == {("detained", "people", 300)}
    assert _keys("Gunmen killed 12 Shiites and wounded 9 Christians.") == {
        ("killed", "people", 12),
        ("injured", "people", 9),
    }
    # as modifiers they leave the head noun's group alone
    assert _keys("Troops killed 5 Sunni insurgents.") == {("killed", "armed_groups", 5)}


def test_hostages_under_a_threat_are_still_held():
    # The threat to kill is no claim; that the three are held is.
    assert _keys("A militant group threatened to kill three UN hostages.") == {
        ("detained", "people", 3)
    }
    assert _keys("Rebels threatened to kill 12 soldiers.") == set()


def test_newsmen_are_civilians():
    assert _keys("Three newsmen were murdered by army members.") == {("killed", "civilians", 3)}


def test_people_whose_release_is_sought_are_still_held():
    text = "A delegation will negotiate the release of 1,000 civilians who were kidnapped."
    assert _keys(text) == {("detained", "civilians", 1000)}
    assert _keys("The rebels freed 5 hostages.") == set()


def test_family_members_are_people():
    assert _keys("Troops arrested two brothers on Friday.") == {("detained", "people", 2)}


def test_the_arrest_of_these_six_and_strikers_arrested():
    assert _keys("Police announced the arrest of these six terrorists.") == {
        ("detained", "armed_groups", 6)
    }
    assert _keys("The 250 strikers arrested in La Paz were taken to a base.") == {
        ("detained", "civilians", 250)
    }


def test_others_along_with_a_victim_share_his_fate():
    text = "A union leader killed 13 days ago along with nine other workers was buried."
    assert _keys(text) == {("killed", "civilians", 9)}
    assert _keys("The minister arrived along with 20 soldiers.") == set()


def test_a_figure_set_off_by_dashes_after_an_outcome_noun_takes_it():
    text = "We note murders, arrests -- more than 400 in the past month -- and maimed members."
    assert _keys(text) == {("detained", "people", 400)}


def test_the_same_figure_also_befalling_others_is_a_new_claim():
    text = (
        "Headline\n\nThe 250 strikers arrested in La Paz were taken to a base. The government "
        "reported that 250 strikers were also arrested in the interior of the country."
    )
    assert len(extract(text, DAY)) == 2


def test_a_second_of_phrase_shares_the_first_ones_outcome():
    text = "He condemned the murder of a judge and of two ministry employees in Cali."
    assert _keys(text) == {("killed", "civilians", 2)}


def test_activists_are_civilians():
    assert _keys("Almost 1,000 activists have died in recent years.") == {
        ("killed", "civilians", 1000)
    }


def test_a_headline_toll_with_no_verb_and_hostages_whose_release_is_worked_on():
    assert ("killed", "people", 69) in _keys("Death Toll 69 in Japan Typhoon\n\nRain fell.")
    text = "France criticized negotiators for complicating release efforts for two hostages."
    assert _keys(text) == {("detained", "people", 2)}


def test_the_injury_of_six():
    text = "Stations were dynamited, resulting in the injury of six people."
    assert _keys(text) == {("injured", "people", 6)}


def test_a_toll_whose_named_member_holds_a_rank_is_the_forces_toll():
    text = "The ambush left an estimated 35 casualties, including an officer."
    assert _keys(text) == {("casualties", "state_forces", 35)}
    assert _keys("We had 6 deaths, among them a lieutenant.") == {("killed", "state_forces", 6)}
    assert _keys("The bomb left 9 casualties, including a child.") == {("casualties", "people", 9)}


def test_the_murder_of_a_minister_and_two_of_his_bodyguards():
    text = "He condemned the murder of the minister and two of his bodyguards on 9 June."
    assert _keys(text) == {("killed", "state_forces", 2)}


def test_it_reads_murders_and_disappearances_as_counts_of_people():
    keys = _keys("THE COMMITTEE SAID THERE HAVE BEEN 6 MURDERS AND 9 DISAPPEARANCES THIS YEAR.")
    assert ("killed", "people", 6) in keys and ("missing", "people", 9) in keys


def test_people_whose_release_is_still_to_come_are_held():
    got = _keys(
        "Ministers urged the gunmen to free three Italian engineers they were holding hostage."
    )
    assert got == {("detained", "civilians", 3)}
    assert _keys("The group said it will release 11 hostages it has held since May.") == {
        ("detained", "people", 11)
    }
    assert _keys("The gunmen freed 11 hostages on Monday.") == set()
    assert _keys("The government plans to release 400 prisoners next week.") == set()


def test_kidnappers_of_n_and_deaths_and_the_still_buried():
    assert _keys("The kidnappers of six drivers issued a new video on Monday.") == {
        ("detained", "civilians", 6)
    }
    got = _keys("The storm swept at least nine people to their deaths; 14 remained buried.")
    assert got == {("killed", "people", 9), ("missing", "people", 14)}


def test_casualties_inflicted_on_a_named_group_are_its_members():
    text = "LIMA, 3 MAY 90 -- [TEXT] THE ARMY HAS INFLICTED 70 CASUALTIES ON THE MRTA THIS YEAR."
    assert {(c.outcome, c.group, c.count) for c in extract(text, date(1990, 5, 3))} == {
        ("casualties", "armed_groups", 70)
    }


def test_truckers_are_civilians():
    assert _keys("Police arrested 12 truckers during the strike on Thursday.") == {
        ("detained", "civilians", 12)
    }


def test_as_well_as_shares_the_outcome_of_the_person_before():
    text = "GUERRILLAS HAVE KILLED THE MAYOR OF THE TOWN OF SAN JUAN, AS WELL AS FOUR PEASANTS."
    assert _keys(text) == {("killed", "civilians", 4)}


def test_others_after_a_list_of_different_groups_are_people():
    text = "ONE ADULT AND THREE MINORS WERE KILLED AND 11 OTHERS WERE WOUNDED IN THE ATTACK."
    assert _keys(text) == {("killed", "children", 3), ("injured", "people", 11)}


def test_party_militants_and_followers_are_civilians():
    text = "GUNMEN KILLED 4 PARTY MILITANTS AND WOUNDED 6 FOLLOWERS OF THE LIBERAL PARTY."
    assert _keys(text) == {("killed", "civilians", 4), ("injured", "civilians", 6)}


def test_children_of_a_parent_and_forces_confined_to_barracks_are_no_figures():
    text = "HOSPITAL SOURCES SAID ANA RUIZ, THE MOTHER OF FOUR, DIED OF HER INJURIES."
    assert _keys(text) == set()
    assert _keys("OFFICIALS SAID 90,000 POLICEMEN ARE CONFINED TO BARRACKS TODAY.") == set()


def test_the_state_of_bodies_sits_between_the_figure_and_its_noun():
    text = "Police said 14 charred and bloated bodies were found in a basement in Basra on Friday."
    assert _keys(text) == {("killed", "people", 14)}


def test_the_capture_of_n_is_a_detention():
    assert _keys("THE OPERATION LED TO THE CAPTURE OF 14 FARC MEMBERS.") == {
        ("detained", "armed_groups", 14)
    }


def test_a_killing_listed_by_place_keeps_each_place_even_for_equal_figures():
    text = "REBELS HAVE KILLED FOUR PEASANTS IN META, TWO IN ANTIOQUIA, AND FOUR IN CORDOBA."
    got = [(c.count, c.location) for c in extract(text, DAY)]
    assert got == [(4, "Meta"), (2, "Antioquia"), (4, "Cordoba")]


def test_a_victim_named_before_and_two_others_share_the_killing():
    text = "THE ARMY MURDERED PARTY LEADER JUAN PEREZ AND TWO OTHER PARTY SUPPORTERS ON MONDAY."
    assert _keys(text) == {("killed", "civilians", 2)}
    text = "THE ELN KILLED A POLICE INSPECTOR AND THREE OF HIS BROTHERS, WHO WERE FARMERS."
    assert _keys(text) == {("killed", "civilians", 3)}


def test_a_total_past_an_of_whom_clause_takes_the_outcome_after_it():
    text = "FORTY PEOPLE, 9 OF WHOM HAVE BULLET WOUNDS, WERE HOSPITALIZED IN ROSARIO."
    assert ("injured", "people", 40) in _keys(text)
    text = "THE POLICE REPELLED AN ATTACK BY ABOUT 30 TERRORISTS, 5 OF WHOM DIED."
    assert _keys(text) == {("killed", "armed_groups", 5)}


def test_a_minister_who_states_no_one_was_detained_does_not_make_victims_detainees():
    text = (
        "REGARDING THE MURDER OF THE TWO PRIESTS IN LA PAZ LAST WEDNESDAY, THE MINISTER STATED "
        "THAT NO ONE HAS BEEN DETAINED."
    )
    assert _keys(text) == {("killed", "civilians", 2)}


def test_members_of_an_escort_are_state_forces():
    text = "THE MINISTER WAS KILLED IN AN ATTACK IN WHICH TWO MEMBERS OF HIS ESCORT ALSO DIED."
    assert _keys(text) == {("killed", "state_forces", 2)}


def test_an_of_phrase_right_before_the_figure_names_its_outcome():
    text = "The kidnappers of three Italian engineers who have been missing since May spoke."
    assert _keys(text) == {("detained", "civilians", 3)}


def test_people_who_had_to_leave_the_country_are_displaced():
    text = "THE WAR HAS KILLED 50,000 PEOPLE AND 800,000 PEOPLE HAVE HAD TO LEAVE THE COUNTRY."
    assert _keys(text) == {("killed", "people", 50000), ("displaced", "people", 800000)}


def test_leaders_of_an_association_take_its_members_group():
    text = (
        "IN LESS THAN 1 MONTH, 7 LEADERS OF THE ASSOCIATION OF UNIVERSITY STUDENTS WERE KIDNAPPED."
    )
    assert _keys(text) == {("detained", "civilians", 7)}


def test_an_elided_figure_after_a_mixed_list_keeps_the_last_group_unless_it_says_others():
    text = "TWO SOLDIERS AND TWO CIVILIANS HAD DIED, AND FOUR WERE WOUNDED."
    assert ("injured", "civilians", 4) in _keys(text)


def test_an_elided_figure_after_the_enemys_losses_in_a_rebel_broadcast_is_theirs():
    text = (
        "DEV-MUC3-9999 (NOSC)\n\n(CLANDESTINE) RADIO VENCEREMOS IN SPANISH TO EL SALVADOR AT 1200 "
        "GMT ON 3 MAR 90 -- [TEXT] OUR UNITS ATTACKED AT DAWN. SIX OF THE ENEMY WERE KILLED AND "
        "SEVEN WERE WOUNDED."
    )
    got = {(c.outcome, c.group, c.count) for c in extract(text, date(1990, 3, 3))}
    assert ("injured", "state_forces", 7) in got


def test_beheadings_clerics_and_the_kidnapped_whose_lives_are_to_be_saved():
    assert _keys("He leads a group that has already beheaded three Americans.") == {
        ("killed", "people", 3)
    }
    assert _keys("The killing of two Sunni clerics this week angered many.") == {
        ("killed", "civilians", 2)
    }
    text = "The firm withdrew to save the lives of 10 employees kidnapped by militants."
    assert _keys(text) == {("detained", "civilians", 10)}


def test_armed_nationals_are_an_armed_group_and_a_release_sought_keeps_them_held():
    assert _keys("Troops killed four armed Palestinians in Gaza on Saturday.") == {
        ("killed", "armed_groups", 4)
    }
    text = "Elders are negotiating with the kidnappers of two engineers to secure their release."
    assert _keys(text) == {("detained", "civilians", 2)}


def test_people_who_remain_in_custody_and_an_address_number():
    assert _keys("APPROXIMATELY 3,000 PEOPLE REMAIN IN CUSTODY AWAITING RULINGS.") == {
        ("detained", "people", 3000)
    }
    assert _keys("THE SIX SUSPECTS WERE ARRESTED AT 4-A ROAD, NO 1978, IN BOGOTA.") == {
        ("detained", "people", 6)
    }


def test_casualties_of_clashes_between_both_sides_and_more_after_a_mixed_list():
    text = (
        "CLASHES BETWEEN SOLDIERS AND GUERRILLAS IN THE PAST HOURS HAVE RESULTED IN 21 CASUALTIES."
    )
    assert _keys(text) == {("casualties", "combatants", 21)}
    text = "A car bomb hit a convoy, killing three soldiers and a civilian and wounding 25 more."
    assert _keys(text) == {("killed", "state_forces", 3), ("injured", "people", 25)}


def test_the_number_of_members_of_a_group_murdered_has_risen_to_n():
    text = "THE NUMBER OF EPL MEMBERS MURDERED HAS RISEN TO 12 SINCE THE TALKS BEGAN."
    assert _keys(text) == {("killed", "armed_groups", 12)}


def test_a_mortar_calibre_a_dateline_day_and_apposed_civilians():
    assert _keys("EPS TROOPS SHOT A 120-MM MORTAR THAT FELL NEAR THE HOUSE.") == set()
    text = "Vatican, Sep. 13 (CWNews.com) - The patriarch was killed in a helicopter crash."
    assert _keys(text) == set()
    text = "Three British nationals, believed to be civilians, were snatched by gunmen."
    assert _keys(text) == {("detained", "civilians", 3)}
    assert _keys("Japan hanged a man convicted of stabbing to death eight children.") == {
        ("killed", "children", 8)
    }
