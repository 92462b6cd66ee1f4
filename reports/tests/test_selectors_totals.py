"""DOMAIN.md counting rules 1-6 from their worked examples, from database claims to totals.

Each test stores Article + Claim rows in plain code and reads the totals through the
selectors; the SQL fast path (selectors.figures_current) is checked against the plain-Python
rules (counting.current_figures) on the same rows.
"""

import hashlib
from datetime import date

import pytest

from reports import counting, selectors
from reports.models import Actor, Article, Claim, Claimant, Mention, Place

YEAR = (date(2015, 9, 30), date(2016, 9, 30))
DAY = (date(2016, 3, 1), date(2016, 3, 1))


class World:
    def __init__(self):
        self.russia = Actor.objects.create(name="Russia", key="russia")
        self.syria = Place.objects.create(name="Syria", key="syria", kind="country")
        self.aleppo = Place.objects.create(name="Aleppo", key="aleppo", kind="city",
                                           parent=self.syria)  # fmt: skip
        self.idlib = Place.objects.create(name="Idlib", key="idlib", kind="city",
                                          parent=self.syria)  # fmt: skip
        self.sohr = Claimant.objects.create(name="SOHR", key="sohr")
        self.monitor = Claimant.objects.create(name="Other Monitor", key="other monitor")
        self.officials = Claimant.objects.create(name="officials", key="officials")

    def article(self, published=date(2016, 9, 30), outlet="CNN", text="text"):
        digest = hashlib.sha256(f"{published}{outlet}{text}{Article.objects.count()}".encode())
        return Article.objects.create(raw=b"x", text=text, outlet=outlet, published=published,
                                      content_hash=digest.hexdigest(), status="done")  # fmt: skip

    def claim(self, article, group, count, *, claimant="sohr", period=YEAR, place="syria",
              perpetrator="russia", outcome="killed", **extra):  # fmt: skip
        start, end = period if period else (None, None)
        return Claim.objects.create(
            article=article, outcome=outcome, group=group, count=count,
            claimant=getattr(self, claimant) if claimant else None,
            perpetrator=getattr(self, perpetrator) if perpetrator else None,
            place=getattr(self, place) if place else None,
            period_start=start, period_end=end, **extra,
        )  # fmt: skip

    def seed(self, article, claimant="sohr"):
        for group, count, aff in [("civilians", 3800, ""), ("men", 2337, ""),
                                  ("children", 906, ""), ("women", 561, ""),
                                  ("armed_groups", 2746, "ISIS"),
                                  ("armed_groups", 2814, "rebels")]:  # fmt: skip
            self.claim(article, group, count, claimant=claimant, affiliation=aff)


@pytest.fixture
def world(db):
    return World()


def totals(**filters):
    claims = selectors.claims_counted(outcome=filters.pop("outcome", "killed"))
    result = selectors.totals_compute(claims=claims)
    # The SQL fast path and the plain-Python rules agree on every claimant and group.
    slow = counting.current_figures(selectors.figures_from_claims(claims))
    assert selectors.totals_from_figures(slow).by_claimant == result.by_claimant
    return result


def test_it_nests_the_seed_article_groups(world):
    world.seed(world.article())
    result = totals()
    assert result.totals == {"people": 9364, "civilians": 3804, "children": 906, "women": 561,
                             "men": 2337, "combatants": 5560, "armed_groups": 5560}  # fmt: skip


def test_it_counts_a_figure_cited_by_two_articles_once(world):
    """Rule 1: the seed quoted by a second outlet with the same figures."""
    world.seed(world.article(outlet="CNN"))
    world.seed(world.article(outlet="Another Outlet"))
    result = totals()
    assert result.totals["people"] == 9364
    assert list(result.by_claimant) == ["SOHR"]
    merged = counting.figures_merge(
        selectors.figures_from_claims(selectors.claims_counted(outcome="killed"))
    )
    assert all(len(f.article_ids) == 2 for f in merged)


def test_it_never_adds_claimants_and_names_both_ends(world):
    """Rule 2: 3,804 (SOHR) and 3,264 (another monitor) for the same scope: 3,264 to 3,804."""
    world.claim(world.article(), "civilians", 3804)
    world.claim(world.article(), "civilians", 3264, claimant="monitor")
    result = totals()
    assert result.totals["civilians"] == 3804
    assert result.ranges["civilians"] == {"low": 3264, "low_claimant": "Other Monitor",
                                          "high": 3804, "high_claimant": "SOHR",
                                          "claimants": 2}  # fmt: skip


def test_it_keeps_the_year_toll_when_a_day_inside_it_is_reported(world):
    """Rule 3: SOHR's 3,804 for the year in Syria holds its 12 in Aleppo on 2016-03-01."""
    world.claim(world.article(), "civilians", 3804)
    world.claim(world.article(), "civilians", 12, period=DAY, place="aleppo")
    assert totals().totals["civilians"] == 3804


def test_it_adds_disjoint_places_on_the_same_day(world):
    """Rule 3: 10 in Aleppo + 5 in Idlib on one day = 15, and a smaller Syria toll is kept
    below the sum of what it holds."""
    article = world.article(published=date(2016, 3, 7))
    day = (date(2016, 3, 7), date(2016, 3, 7))
    world.claim(article, "people", 10, period=day, place="aleppo")
    world.claim(article, "people", 5, period=day, place="idlib")
    assert totals().totals["people"] == 15
    world.claim(article, "people", 12, period=day, place="syria")
    assert totals().totals["people"] == 15


def test_it_does_not_add_two_overlapping_past_year_tolls(world):
    """Rule 3, "only disjoint scopes add": two "past year" tolls a month apart overlap for
    eleven months, so they are not added; the larger stands."""
    world.claim(world.article(), "civilians", 3804)
    later = (date(2015, 10, 30), date(2016, 10, 30))
    world.claim(world.article(published=date(2016, 10, 30)), "civilians", 3900, period=later)
    assert totals().totals["civilians"] == 3900


def test_it_replaces_a_revised_toll_and_keeps_its_history(world):
    """Rule 4: officials say 12 (article of 03-01), then 20 (03-02) for the same bombing."""
    first = world.claim(world.article(published=date(2016, 3, 1)), "people", 12,
                        claimant="officials", period=DAY, place="aleppo")  # fmt: skip
    second = world.claim(world.article(published=date(2016, 3, 2)), "people", 20,
                         claimant="officials", period=DAY, place="aleppo")  # fmt: skip
    assert totals().totals["people"] == 20
    assert [c.count for c in selectors.claim_history(claim=second)] == [12, 20]
    assert [c.pk for c in selectors.claim_history(claim=first)] == [first.pk, second.pk]


def test_it_spreads_a_period_over_months(world):
    """Rule 5: 906 children over 367 days: October 2015 gets 76.5, September 2015 2.5."""
    world.claim(world.article(), "children", 906)
    series = selectors.series_compute(claims=selectors.claims_counted(outcome="killed"),
                                      bucket="month")  # fmt: skip
    children = next(d for d in series["datasets"] if d["key"] == "children")
    assert series["labels"][:2] == ["2015-09", "2015-10"]
    assert children["data"][0] == pytest.approx(2.5, abs=0.05)
    assert children["data"][1] == pytest.approx(76.5, abs=0.05)
    assert all(children["spread"])


def test_it_dates_a_figure_without_period_by_its_article(world):
    """Rule 5: no period: the article's publication date, marked as such."""
    world.claim(world.article(published=date(2020, 5, 17)), "people", 7, period=None)
    series = selectors.series_compute(claims=selectors.claims_counted(outcome="killed"),
                                      bucket="day")  # fmt: skip
    assert series["labels"] == ["2020-05-17"]
    assert series["datasets"][0]["dated_by_publication"] == [True]
    assert totals().totals["people"] == 7


def test_it_never_counts_rejected_claims_and_counts_edits_as_left(world):
    """Rule 6."""
    article = world.article()
    world.claim(article, "civilians", 3804, review=Claim.Review.CONFIRMED)
    world.claim(article, "children", 5000, review=Claim.Review.REJECTED)
    world.claim(article, "women", 600, review=Claim.Review.EDITED)
    result = totals()
    assert "children" not in result.totals
    assert result.totals["women"] == 600
    assert result.totals["civilians"] == 3804


def test_it_counts_only_what_the_filters_select(world):
    world.seed(world.article())
    world.claim(world.article(), "people", 40, period=DAY, place="idlib", perpetrator=None,
                claimant="monitor", hedged=True)  # fmt: skip

    def filtered(**params):
        from django.http import QueryDict

        query = QueryDict(mutable=True)
        query.update(params)
        _, claims = selectors.claims_filtered(params=query)
        return selectors.totals_compute(claims=claims).totals

    assert filtered(place=str(world.idlib.pk)) == {"people": 40}
    assert filtered(place=str(world.syria.pk))["people"] == 9364
    assert filtered(hedged="true") == {"people": 40}
    assert filtered(claimant=str(world.sohr.pk))["people"] == 9364
    assert filtered(perpetrator=str(world.russia.pk))["people"] == 9364
    assert filtered(group="civilians") == {"people": 3804, "civilians": 3804, "children": 906,
                                           "women": 561, "men": 2337}  # fmt: skip
    assert filtered(date_from="2016-10-01") == {}
    assert filtered(date_from="2016-03-01", date_to="2016-03-01")["people"] == 9364
    assert filtered(outcome="injured") == {}


def test_it_highlights_each_mention_with_plain_text_pieces(world):
    article = world.article(text="<b>Hi</b> 12 killed. Later 20 killed.")
    claim = world.claim(article, "people", 12, span_start=10, span_end=12)
    other = world.claim(article, "people", 20, claimant="monitor", span_start=27, span_end=29)
    Mention.objects.create(claim=other, sentence="Later 20 killed.", sentence_start=21,
                           sentence_end=37, start=27, end=29)  # fmt: skip
    segments = selectors.article_segments(article=article)
    assert "".join(s["text"] for s in segments) == article.text
    assert [(s["text"], s["claims"]) for s in segments if s["claims"]] == [
        ("12", [claim]),
        ("20", [other]),
    ]


def test_it_highlights_every_claim_of_a_list_whose_quotes_overlap(world):
    article = world.article(text="Strikes killed 6 men, 4 children and 2 women.")
    men = world.claim(article, "men", 6, span_start=8, span_end=20)
    children = world.claim(article, "children", 4, span_start=8, span_end=32)
    women = world.claim(article, "women", 2, span_start=8, span_end=44)
    segments = selectors.article_segments(article=article)
    assert "".join(s["text"] for s in segments) == article.text
    marked = [(s["text"], {c.pk for c in s["claims"]}) for s in segments if s["claims"]]
    assert marked == [
        ("killed 6 men", {men.pk, children.pk, women.pk}),
        (", 4 children", {children.pk, women.pk}),
        (" and 2 women", {women.pk}),
    ]
    anchors = [c.pk for s in segments for c in s["anchors"]]
    assert sorted(anchors) == sorted([men.pk, children.pk, women.pk])


def test_it_chooses_the_bucket_from_the_span():
    choose = selectors.bucket_choose
    assert choose(first=date(2016, 1, 1), last=date(2016, 2, 20)) == "day"
    assert choose(first=date(2015, 1, 1), last=date(2017, 6, 1)) == "month"
    assert choose(first=date(2011, 3, 15), last=date(2016, 9, 30)) == "year"
    assert choose(first=None, last=None) == "year"
