"""Demo articles the project writes itself, so a fresh install has something to show.

Every one is invented, says so in its first lines and is stored with is_demo=True; the
claimants are fictitious organisations so no real body is ever quoted with made-up figures.
"""

from dataclasses import dataclass
from datetime import date, timedelta

DEMO_BANNER = "DEMO ARTICLE: invented text for trying conflicttracker; these are not real events."


@dataclass(frozen=True)
class DemoArticle:
    title: str
    outlet: str
    published: date
    body: str

    def text(self) -> str:
        return f"{self.title}\n\n{DEMO_BANNER}\n\n{self.body}\n"


def demo_articles(*, today: date) -> list[DemoArticle]:
    """A handful of articles over the past two years, dated relative to `today`."""
    d = lambda days: today - timedelta(days=days)  # noqa: E731
    return [
        DemoArticle(
            "[Demo] Monitor says 1,240 civilians killed in a year of strikes",
            "Demo Wire",
            d(20),
            "At least 1,240 civilians have been killed in airstrikes in Syria in the past year, "
            "according to the Example Monitoring Network.\n\n"
            "According to figures collated by the group, airstrikes killed 610 men, 402 children "
            "and 228 women in the past year. During the same period, it said, 315 rebels "
            "were killed.\n\nDemo Wire cannot independently confirm the figures.",
        ),
        DemoArticle(
            "[Demo] Market shelling in Aleppo kills 12",
            "Demo Daily",
            d(200),
            "Shelling of a market in Aleppo killed 12 civilians and wounded 30 others on "
            "Tuesday, local officials said.",
        ),
        DemoArticle(
            "[Demo] Aleppo market toll rises to 19",
            "Demo Daily",
            d(199),
            "The death toll from Tuesday's shelling of a market in Aleppo has risen to 19 "
            "civilians, local officials said on Wednesday.",
        ),
        DemoArticle(
            "[Demo] Second monitor puts civilian toll at 1,105",
            "Demo Post",
            d(18),
            "The Sample Rights Observatory said 1,105 civilians were killed in airstrikes in "
            "Syria in the past year, a lower figure than other monitors have given.",
        ),
        DemoArticle(
            "[Demo] Clashes in Idlib leave 23 soldiers dead",
            "Demo Wire",
            d(400),
            "Twenty-three soldiers were killed and 41 wounded in clashes with rebels near Idlib "
            "last week, the Example Defence Ministry said.",
        ),
        DemoArticle(
            "[Demo] Thousands flee fighting in Raqqa",
            "Demo Post",
            d(500),
            "About 4,500 people have been displaced from Raqqa since the start of the month, "
            "according to the Demo Relief Agency.",
        ),
        DemoArticle(
            "[Demo] Car bomb in Homs kills 8",
            "Demo Daily",
            d(90),
            "A car bomb killed eight people and injured 25 in Homs on Friday, police said.",
        ),
    ]
