"""The counting rules of DOMAIN.md, each from its worked example, on plain figures."""

from datetime import date

import pytest

from reports import counting
from reports.counting import Figure

YEAR = (date(2015, 9, 30), date(2016, 9, 30))
SYRIA, ALEPPO = 1, 2  # place ids: Aleppo's path includes Syria


def fig(claim_id, group, value, *, claimant="sohr", article=1, published=date(2016, 9, 30),
        period=YEAR, place=(SYRIA,), affiliation="", perpetrator=7, order=0):  # fmt: skip
    start, end = period if period else (None, None)
    return Figure(
        claim_id=claim_id, article_id=article, published=published, claimant=claimant,
        outcome="killed", group=group, value=value, affiliation=affiliation,
        perpetrator=perpetrator, place_path=place, start=start, end=end, order=order,
    )  # fmt: skip


def seed(article=1, claimant="sohr"):
    return [
        fig(1, "civilians", 3800, article=article, claimant=claimant),
        fig(2, "men", 2337, article=article, claimant=claimant),
        fig(3, "children", 906, article=article, claimant=claimant),
        fig(4, "women", 561, article=article, claimant=claimant),
        fig(5, "armed_groups", 2746, affiliation="ISIS", article=article, claimant=claimant),
        fig(6, "armed_groups", 2814, affiliation="rebels", article=article, claimant=claimant),
    ]


def totals(figures):
    current = counting.current_figures(figures)
    return {
        claimant: {
            g: counting.claimant_total(figs, g)
            for g in ("people", "civilians", "combatants", "armed_groups", "children")
        }
        for claimant, figs in current.items()
    }


def test_it_nests_groups_in_the_seed_article():
    t = totals(seed())["sohr"]
    assert t == {"people": 9364, "civilians": 3804, "combatants": 5560, "armed_groups": 5560,
                 "children": 906}  # fmt: skip


def test_it_counts_a_figure_cited_by_two_articles_once_and_lists_both():
    figures = seed(article=1) + seed(article=2)
    assert totals(figures)["sohr"]["people"] == 9364
    merged = counting.figures_merge(figures)
    assert all(set(f.article_ids) == {1, 2} for f in merged)


def test_it_never_adds_claimants_together():
    other = [fig(10, "civilians", 3264, claimant="other")]
    t = totals([fig(1, "civilians", 3804)] + other)
    assert t["sohr"]["civilians"] == 3804
    assert t["other"]["civilians"] == 3264


def test_it_keeps_a_year_toll_when_a_day_inside_it_is_reported():
    day = (date(2016, 3, 1), date(2016, 3, 1))
    figures = [
        fig(1, "civilians", 3804),
        fig(2, "civilians", 12, period=day, place=(ALEPPO, SYRIA)),
    ]
    assert totals(figures)["sohr"]["civilians"] == 3804


def test_it_adds_disjoint_places_on_the_same_day():
    day = (date(2016, 3, 7), date(2016, 3, 7))
    figures = [fig(1, "people", 10, period=day, place=(ALEPPO, SYRIA)),
               fig(2, "people", 5, period=day, place=(3, SYRIA))]  # fmt: skip
    assert totals(figures)["sohr"]["people"] == 15


def test_it_replaces_a_revised_toll_with_the_latest_and_keeps_history():
    day = (date(2016, 3, 1), date(2016, 3, 1))
    first = fig(1, "people", 12, claimant="officials", article=1, published=date(2016, 3, 1),
                period=day, place=(ALEPPO, SYRIA))  # fmt: skip
    second = fig(2, "people", 20, claimant="officials", article=2, published=date(2016, 3, 2),
                 period=day, place=(ALEPPO, SYRIA))  # fmt: skip
    current = counting.current_figures([second, first])["officials"]
    assert [f.value for f in current] == [20]
    assert [f.value for f in current[0].history] == [12]
    assert totals([first, second])["officials"]["people"] == 20


def test_it_spreads_a_period_over_months_by_inclusive_days():
    shares = counting.spread(fig(1, "children", 906), "month")
    assert shares[date(2015, 10, 1)] == pytest.approx(906 * 31 / 367)
    assert shares[date(2015, 9, 1)] == pytest.approx(906 * 1 / 367)
    assert sum(shares.values()) == pytest.approx(906)


def test_it_dates_a_figure_without_period_by_publication():
    undated = fig(1, "people", 7, period=None, published=date(2020, 5, 17))
    assert undated.dated_by_publication
    assert counting.spread(undated, "year") == {date(2020, 1, 1): 7}


def test_it_does_not_add_overlapping_tolls_that_neither_contains():
    later = (date(2015, 10, 30), date(2016, 10, 30))
    figures = [fig(1, "civilians", 3804), fig(2, "civilians", 3900, period=later, article=2,
                                              published=date(2016, 10, 30))]  # fmt: skip
    assert totals(figures)["sohr"]["civilians"] == 3900


def test_it_keeps_a_group_at_least_the_sum_of_its_disjoint_subgroups():
    # A people toll overlapping both a civilian and a combatant toll, which are disjoint from
    # each other: the greedy choice keeps the people toll, but people is never below
    # civilians + combatants.
    day = (date(2016, 3, 1), date(2016, 3, 1))
    figures = [
        fig(1, "civilians", 100, period=day, place=(ALEPPO, SYRIA), perpetrator=None),
        fig(2, "combatants", 80, period=day, place=(3, SYRIA), perpetrator=None),
        fig(3, "people", 150, period=day, place=(SYRIA,), perpetrator=9),
    ]
    t = totals(figures)["sohr"]
    assert t["civilians"] == 100 and t["combatants"] == 80
    assert t["people"] == 180
