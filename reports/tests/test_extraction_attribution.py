"""Claimants: 'according to X', 'X said', 'said X', back-references, none."""

from datetime import date

from reports.extraction import extract

DAY = date(2021, 6, 10)


def _claimants(text: str) -> set:
    return {c.claimant for c in extract(text, DAY)}


def test_it_reads_according_to():
    text = "At least 12 people were killed, according to the Red Crescent."
    assert _claimants(text) == {"Red Crescent"}


def test_it_reads_source_before_said():
    text = "Provincial health officials said 27 people were wounded in the blast."
    assert _claimants(text) == {"Provincial health officials"}


def test_it_reads_said_after_the_figure():
    text = "Nineteen soldiers died in the raid, the Defence Ministry said."
    assert _claimants(text) == {"Defence Ministry"}


def test_it_resolves_it_said_to_the_named_source():
    text = (
        "The Kivu Security Tracker published new figures on Tuesday. "
        "Rebels killed 44 villagers in the district, it said."
    )
    assert _claimants(text) == {"Kivu Security Tracker"}


def test_it_leaves_unattributed_figures_without_claimant():
    assert _claimants("A car bomb killed 8 people in the market.") == {None}
