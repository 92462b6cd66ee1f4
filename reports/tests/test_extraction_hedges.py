"""Hedging: unconfirmed figures are marked; attribution alone is not hedging."""

from datetime import date

from reports.extraction import extract
from reports.extraction.hedges import hedges_earlier, is_hedged

DAY = date(2021, 6, 10)


def test_it_marks_hedge_words():
    assert is_hedged("Up to 50 people were reportedly killed.")
    assert is_hedged("Some 40 miners are feared dead.")
    assert not is_hedged("Police said 40 miners died.")


def test_it_hedges_figures_before_a_could_not_confirm_sentence():
    text = "Militants killed 33 guards, a monitor said. The BBC could not verify the figures."
    assert hedges_earlier("The BBC could not verify the figures.")
    assert all(c.hedged for c in extract(text, DAY))


def test_it_does_not_hedge_attributed_figures():
    assert not any(c.hedged for c in extract("Officials said 7 people drowned.", DAY))


def test_it_hedges_agentless_reported_to_be():
    assert is_hedged("Three guards were reported to be wounded in the overnight shelling.")
    assert is_hedged("Two miners were reported missing after the blast.")
    assert not is_hedged("Police reported that two miners died after the blast.")
