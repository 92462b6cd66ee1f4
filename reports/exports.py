"""Data out: the filtered claims and the totals as CSV and JSON rows (plain values)."""

import csv
import json
from collections.abc import Iterable, Iterator

from django.db.models import QuerySet

from reports.models import Claim
from reports.selectors import Totals

CLAIM_COLUMNS = (
    "id", "article_id", "article_title", "outlet", "published", "url", "outcome", "group",
    "affiliation", "count", "qualifier", "low", "high", "claimant", "perpetrator", "cause",
    "place", "location", "period_start", "period_end", "hedged", "review", "sentence",
)  # fmt: skip


def claims_rows(*, claims: QuerySet[Claim]) -> Iterator[dict]:
    qs = claims.select_related("article", "claimant", "perpetrator", "place").order_by("pk")
    for c in qs.iterator(chunk_size=2000):
        yield {
            "id": c.pk, "article_id": c.article_id, "article_title": str(c.article),
            "outlet": c.article.outlet,
            "published": c.article.published.isoformat() if c.article.published else None,
            "url": c.article.url, "outcome": c.outcome, "group": c.group,
            "affiliation": c.affiliation, "count": c.count, "qualifier": c.qualifier,
            "low": c.low, "high": c.high,
            "claimant": c.claimant.name if c.claimant else None,
            "perpetrator": c.perpetrator.name if c.perpetrator else None, "cause": c.cause,
            "place": c.place.name if c.place else None, "location": c.location,
            "period_start": c.period_start.isoformat() if c.period_start else None,
            "period_end": c.period_end.isoformat() if c.period_end else None,
            "hedged": c.hedged, "review": c.review, "sentence": c.sentence,
        }  # fmt: skip


class _Echo:
    def write(self, value: str) -> str:
        return value


def _csv_safe(value):
    """Spreadsheets run cells starting with = + - @ as formulas: quote them (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


def csv_lines(*, columns: Iterable[str], rows: Iterable[dict]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    columns = list(columns)
    yield writer.writerow(columns)
    for row in rows:
        yield writer.writerow([_csv_safe(row[c]) for c in columns])


def json_chunks(*, rows: Iterable[dict]) -> Iterator[str]:
    """{"claims": [...], "count": N}, streamed row by row so a large export is never held in
    memory."""
    yield '{"claims": ['
    count = 0
    for row in rows:
        yield ("," if count else "") + json.dumps(row, ensure_ascii=False)
        count += 1
    yield f'], "count": {count}}}'


TOTAL_COLUMNS = ("outcome", "group", "claimant", "total", "is_low", "is_high")


def totals_rows(*, totals: Totals, outcome: str) -> Iterator[dict]:
    """One row per claimant and group (never summed across claimants), marking each range end."""
    for group, range_ in totals.ranges.items():
        for claimant, values in sorted(totals.by_claimant.items()):
            if values.get(group):
                yield {"outcome": outcome, "group": group, "claimant": claimant,
                       "total": round(values[group], 1),
                       "is_low": claimant == range_["low_claimant"],
                       "is_high": claimant == range_["high_claimant"]}  # fmt: skip
