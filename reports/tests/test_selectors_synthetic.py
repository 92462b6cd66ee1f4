"""synthetic_data and benchmark_dashboard on a small database, and the counting fast path
checked against the plain-Python rules on realistic, messy data."""

import io

import pytest
from django.core.management import call_command

from reports import counting, selectors
from reports.models import Article, Claim


@pytest.fixture
def synthetic(db):
    call_command("synthetic_data", claims=600, seed=7, stdout=io.StringIO())


def test_it_stores_marked_synthetic_claims(synthetic):
    assert Claim.objects.count() == 600
    assert not Article.objects.exclude(is_demo=True).exists()
    assert Claim.objects.values("claimant").distinct().count() > 5
    assert Claim.objects.filter(place__parent__isnull=False).exists()
    call_command("synthetic_data", claims=0, clear=True, stdout=io.StringIO())
    assert Claim.objects.count() == 0


@pytest.mark.parametrize("outcome", ["killed", "injured"])
def test_it_counts_the_same_in_sql_and_in_python(synthetic, outcome):
    claims = selectors.claims_counted(outcome=outcome)
    fast = {f.claim_id: f for f in selectors.figures_current(claims=claims)}
    slow = counting.current_figures(selectors.figures_from_claims(claims))
    slow_scopes = {f.scope(): f.value for figs in slow.values() for f in figs}
    assert {f.scope(): f.value for f in fast.values()} == slow_scopes
    totals = selectors.totals_compute(claims=claims)
    assert totals.by_claimant == selectors.totals_from_figures(slow).by_claimant
    # A group is never below one of its subgroups.
    for values in totals.by_claimant.values():
        assert values["people"] >= values["civilians"] >= values["children"]
        assert values["people"] >= values["combatants"] >= values["armed_groups"]


def test_it_never_draws_more_than_the_headline(synthetic):
    claims = selectors.claims_counted(outcome="killed")
    totals, series = selectors.overview_compute(claims=claims, groups=selectors.GROUPS,
                                                bucket="year")  # fmt: skip
    for i in range(len(series["labels"])):
        bar = sum(d["data"][i] for d in series["datasets"])
        assert bar <= totals.totals["people"] + 1


def test_it_benchmarks_every_page(synthetic):
    out = io.StringIO()
    call_command("benchmark_dashboard", runs=2, stdout=out)
    lines = out.getvalue().splitlines()
    assert "600 claims" in lines[0]
    assert all("HTTP" not in line for line in lines)
    assert any(line.startswith("/api/totals/") for line in lines)
