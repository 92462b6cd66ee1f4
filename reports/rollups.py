"""Pre-computed dashboard results (rollups) for the views most people open: one outcome, no
other filter. Everything else is computed live by the selectors (a narrow filter is fast).

How they stay correct (docs/dashboard.md, "Rollups"):
- `ClaimsVersion` is bumped by database triggers in the same transaction as every write that
  changes what counts (migration 0004), so a reader can never see new claims with an old
  version.
- `rollups_refresh_outcome` reads the version *before* it reads the claims, so a rollup's data
  is never older than its version (it may be newer: then it is labelled older than it is and
  only ever looks stale).
- A rollup is served as current only when its version equals the current version, read in the
  same SQL statement. When it is behind (a refresh is pending or running) the selectors
  compute live if the last refresh of that outcome was cheap (small databases, tests), else
  they serve the rollup flagged stale with the time it was computed, and a refresh is queued.

Refreshes are coalesced: services queue `tasks.rollups_refresh` on commit with a countdown;
one refresh runs at a time (a PostgreSQL advisory lock), a refresh that finds every rollup
current does nothing, and a running refresh loops until it catches up (bounded), so 10,000
article writes cause a handful of recomputations, not 10,000. A beat entry is the safety net.
"""

import json
import logging
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Subquery
from django.utils import timezone

from reports.extraction.taxonomy import OUTCOMES
from reports.models import ClaimsVersion, Rollup

logger = logging.getLogger(__name__)

BUCKETS = ("day", "month", "year")
KINDS = (
    "totals",
    *(f"series:{b}" for b in BUCKETS),
    *(f"claimants:{b}" for b in BUCKETS),
    "breakdown:perpetrator",
    "breakdown:place",
)
LOCK_KEY = 7_410_221  # pg advisory lock: one refresh at a time


def available() -> bool:
    """Rollups need the version triggers, which exist on PostgreSQL only."""
    return connection.vendor == "postgresql" and getattr(settings, "ROLLUPS_ENABLED", True)


def version_current() -> int:
    return ClaimsVersion.objects.filter(pk=1).values_list("version", flat=True).first() or 0


@dataclass
class Served:
    payload: dict | list
    stale: bool
    computed_at: datetime

    def freshness(self) -> dict:
        return {"stale": self.stale, "computed_at": self.computed_at.isoformat()}


def serve(*, outcome: str, kind: str) -> Served | None:
    """The rollup to answer with, or None to compute live.

    Current (same version as the claims): served. Behind: computed live when the last refresh
    of this outcome took under ROLLUPS_LIVE_BELOW_SECONDS (live is then about as fast), else
    served flagged stale, so a large database never makes every reader wait for a recount."""
    if not available():
        return None
    current = ClaimsVersion.objects.filter(pk=1).values("version")
    row = (
        Rollup.objects.filter(outcome=outcome, kind=kind)
        .annotate(current=Subquery(current[:1]))
        .values("payload", "version", "current", "computed_at", "seconds")
        .first()
    )
    if row is None:
        return None
    if row["version"] == (row["current"] or 0):
        return Served(json.loads(row["payload"]), False, row["computed_at"])
    if row["seconds"] < settings.ROLLUPS_LIVE_BELOW_SECONDS:
        return None
    return Served(json.loads(row["payload"]), True, row["computed_at"])


def compute(*, outcome: str) -> dict[str, dict | list]:
    """Every kind of rollup for one outcome, exactly as the live selectors compute them."""
    from reports import selectors

    claims = selectors.claims_counted(outcome=outcome)
    figures = selectors.figures_current(claims=claims)
    roots = selectors.roots_from_figures(figures)
    totals = selectors.totals_from_roots(roots, selectors.GROUPS)
    first, last = selectors.claims_span(claims=claims)
    payloads: dict[str, dict | list] = {
        "totals": {
            "totals": totals.totals, "ranges": totals.ranges, "by_claimant": totals.by_claimant,
            "span": [d.isoformat() if d else None for d in (first, last)],
        },
    }  # fmt: skip
    for bucket in BUCKETS:
        payloads[f"series:{bucket}"] = selectors.series_from_roots(roots, bucket)
        payloads[f"claimants:{bucket}"] = selectors.claimants_from_roots(roots, bucket, "people")
    for by in ("perpetrator", "place"):
        payloads[f"breakdown:{by}"] = selectors.breakdown_from_figures(figures, by=by)
    return payloads


def refresh_outcome(*, outcome: str) -> int:
    """Recompute one outcome's rollups and store them under the version read first."""
    version = version_current()
    began = time.perf_counter()
    payloads = compute(outcome=outcome)
    seconds = time.perf_counter() - began
    now = timezone.now()
    with transaction.atomic():
        for kind, payload in payloads.items():
            Rollup.objects.update_or_create(
                outcome=outcome, kind=kind,
                defaults={"version": version, "computed_at": now, "seconds": seconds,
                          "payload": json.dumps(payload, separators=(",", ":"))},
            )  # fmt: skip
    logger.info("rollups for %s at version %s in %.1f s", outcome, version, seconds)
    return version


def outcomes_outdated() -> list[str]:
    """Outcomes with a missing rollup or one computed from an older version."""
    version = version_current()
    current = {
        outcome: n
        for outcome, n in _count_by_outcome(Rollup.objects.filter(version=version)).items()
    }
    return [o for o in OUTCOMES if current.get(o, 0) < len(KINDS)]


def _count_by_outcome(qs) -> dict[str, int]:
    counts: dict[str, int] = {}
    for outcome in qs.values_list("outcome", flat=True):
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts


@contextmanager
def _refresh_lock():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [LOCK_KEY])
        got = cursor.fetchone()[0]
    try:
        yield got
    finally:
        if got:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [LOCK_KEY])


def refresh_pending(*, rounds: int = 3) -> int:
    """Bring every outcome's rollups to the current version; return how many outcomes were
    recomputed. Does nothing when another refresh holds the lock: that one loops until it has
    caught up, and after letting the lock go it checks once more and queues a refresh if
    writes arrived meanwhile (a request that found the lock taken is then not lost)."""
    if not available():
        return 0
    done = 0
    with _refresh_lock() as got:
        if not got:
            return 0
        for _ in range(rounds):
            outdated = outcomes_outdated()
            if not outdated:
                break
            for outcome in outdated:
                refresh_outcome(outcome=outcome)
                done += 1
    if outcomes_outdated():
        refresh_request()
    return done


def refresh_request() -> None:
    """Queue a refresh once the current transaction commits (coalesced: see module doc)."""
    if not available():
        return
    transaction.on_commit(_enqueue)


def _enqueue() -> None:
    from reports.tasks import rollups_refresh

    try:
        rollups_refresh.apply_async(countdown=settings.ROLLUPS_DEBOUNCE_SECONDS)
    except Exception:  # an unreachable broker must not fail the write; beat catches up
        logger.exception("Could not queue a rollup refresh; the periodic one will run it")


def span_of(served: Served) -> tuple[date | None, date | None]:
    first, last = served.payload["span"]
    return (date.fromisoformat(first) if first else None,
            date.fromisoformat(last) if last else None)  # fmt: skip
