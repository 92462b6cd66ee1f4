"""The objects of DOMAIN.md: articles, the figures claimed in them, and who claims what.

Database constraints, not only forms, reject impossible data: a figure can arrive from the
admin, the API, a migration or a bulk import, and every path must leave the data countable.
"""

from datetime import timedelta

from django.db import models
from django.db.models import F, Q

from reports.extraction.taxonomy import GROUPS, OUTCOMES, QUALIFIERS


def _choices(keys: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(key, key.replace("_", " ")) for key in keys]


class Entity(models.Model):
    """A normalised name that many spellings resolve to (claimants, actors, places)."""

    name = models.CharField(max_length=200)
    # Lower-cased, punctuation-free form of the name, the key spellings are matched on.
    key = models.CharField(max_length=200, unique=True)
    aliases = models.JSONField(default=list, blank=True, help_text="Other spellings seen.")

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Claimant(Entity):
    """Who asserts a figure: a monitor, a ministry, "officials", "hospital sources"."""


class Actor(Entity):
    """Who caused the harm, normalised: "Russian airstrikes" -> Russia."""


class Place(Entity):
    class Kind(models.TextChoices):
        COUNTRY = "country"
        REGION = "region"
        CITY = "city"
        OTHER = "other"

    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.OTHER)
    country_code = models.CharField(max_length=2, blank=True)
    geonameid = models.BigIntegerField(null=True, blank=True, unique=True)
    # The place that contains this one (a city's country): the totals never add a country's
    # toll to the tolls of its cities.
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )


class Source(models.Model):
    """Where articles arrive from by themselves: an RSS/Atom feed or a single page."""

    class Kind(models.TextChoices):
        FEED = "feed", "RSS/Atom feed"
        URL = "url", "single URL"

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=4, choices=Kind.choices, default=Kind.FEED)
    url = models.URLField(max_length=2000, unique=True)
    outlet = models.CharField(max_length=200, blank=True)
    poll_interval = models.DurationField(default=timedelta(hours=1))
    active = models.BooleanField(default=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    last_new_articles = models.PositiveIntegerField(default=0)
    # The feed's validators from its last full answer, sent back on the next poll so that an
    # unchanged feed answers 304 with no body (polite to the server, no parsing on our side).
    etag = models.CharField("ETag", max_length=200, blank=True)
    last_modified = models.CharField(
        "Last-Modified", max_length=200, blank=True, help_text="As the server sent it."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Article(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending"
        PROCESSING = "processing"
        DONE = "done"
        FAILED = "failed"

    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    # Indexed: every upload and feed entry is checked against the stored URLs first.
    url = models.URLField(max_length=2000, blank=True, db_index=True)
    # The page's own canonical address: the same story from a feed, a URL and an upload is
    # recognised by it as well as by the content hash.
    canonical_url = models.URLField(max_length=2000, blank=True, db_index=True)
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    # Near-identical texts (a re-published wire story) are linked to the first copy.
    fingerprint = models.CharField(max_length=64, blank=True, db_index=True)
    same_story_as = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="copies"
    )
    published = models.DateField(null=True, blank=True)
    # The upload exactly as received, so a failed parse can be fixed and retried later.
    raw = models.BinaryField()
    filename = models.CharField(max_length=255, blank=True)
    text = models.TextField(blank=True, help_text="Cleaned text the claims' spans point into.")
    content_hash = models.CharField(max_length=64, unique=True)
    is_demo = models.BooleanField(default=False)

    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    error = models.TextField(blank=True)
    attempts = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    processing_started_at = models.DateTimeField(null=True, blank=True)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            # The dashboard's "latest articles" list.
            models.Index(fields=["-published", "-created_at"], name="article_latest_idx"),
            # The overview's "latest articles" (newest uploads first): at 1M claims (125k
            # articles) a sort of every article took 70 ms of the page.
            models.Index(fields=["-created_at"], name="article_created_idx"),
        ]

    def __str__(self) -> str:
        return self.title or self.filename or f"Article {self.pk}"


class Claim(models.Model):
    class Review(models.TextChoices):
        EXTRACTED = "extracted"
        CONFIRMED = "confirmed"
        EDITED = "edited"
        REJECTED = "rejected"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    outcome = models.CharField(max_length=12, choices=_choices(OUTCOMES))
    group = models.CharField(max_length=14, choices=_choices(GROUPS))
    affiliation = models.CharField(max_length=200, blank=True)

    count = models.PositiveBigIntegerField(null=True, blank=True, help_text="As stated.")
    qualifier = models.CharField(max_length=10, choices=_choices(QUALIFIERS), default="exact")
    low = models.PositiveBigIntegerField(null=True, blank=True)
    high = models.PositiveBigIntegerField(null=True, blank=True)

    perpetrator = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.PROTECT, related_name="claims"
    )
    cause = models.CharField(max_length=60, blank=True)
    claimant = models.ForeignKey(
        Claimant, null=True, blank=True, on_delete=models.PROTECT, related_name="claims"
    )
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.PROTECT, related_name="claims"
    )
    location = models.CharField(max_length=200, blank=True, help_text="Place as written.")
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    hedged = models.BooleanField(default=False)
    confidence = models.FloatField(default=1.0)

    # The first mention; every mention (headline and body) is a Mention row.
    quote = models.TextField(blank=True)
    sentence = models.TextField(blank=True)
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)

    review = models.CharField(
        max_length=10, choices=Review.choices, default=Review.EXTRACTED, db_index=True
    )
    # What the extractor said (services.draft_key); empty for claims a person added.
    machine_key = models.CharField(max_length=200, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["article_id", "span_start", "id"]
        constraints = [
            models.CheckConstraint(
                name="claim_figure_present",
                condition=Q(count__isnull=False) | (Q(low__isnull=False) & Q(high__isnull=False)),
            ),
            models.CheckConstraint(
                name="claim_low_not_above_high",
                condition=Q(low__isnull=True) | Q(high__isnull=True) | Q(low__lte=F("high")),
            ),
            models.CheckConstraint(
                name="claim_period_ordered",
                condition=Q(period_start__isnull=True)
                | Q(period_end__isnull=True)
                | Q(period_end__gte=F("period_start")),
            ),
            models.CheckConstraint(
                name="claim_period_both_or_neither",
                condition=Q(period_start__isnull=True, period_end__isnull=True)
                | Q(period_start__isnull=False, period_end__isnull=False),
            ),
            models.CheckConstraint(
                name="claim_span_ordered",
                condition=Q(span_start__isnull=True)
                | Q(span_end__isnull=True)
                | Q(span_end__gte=F("span_start")),
            ),
            models.CheckConstraint(
                name="claim_confidence_range", condition=Q(confidence__gte=0, confidence__lte=1)
            ),
        ]
        indexes = [
            # The totals: every counted claim of one outcome, by review state.
            models.Index(fields=["outcome", "review", "group"], name="claim_totals_idx"),
            # The claims table sorted by figure, largest first (the top of a page is an index
            # scan, not a sort of every claim of the outcome).
            models.Index(
                F("outcome"),
                F("count").desc(nulls_last=True),
                F("id").desc(),
                name="claim_figure_sort_idx",
            ),  # fmt: skip
        ]

    def __str__(self) -> str:
        figure = self.count if self.count is not None else f"{self.low}-{self.high}"
        return f"{figure} {self.group} {self.outcome}"

    @property
    def figure(self) -> int:
        """The number counted: the figure as stated, or the low bound of a vague amount."""
        return self.count if self.count is not None else self.low


class Mention(models.Model):
    """One place in the article text where a claim's figure appears."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="mentions")
    sentence = models.TextField()
    sentence_start = models.PositiveIntegerField()
    sentence_end = models.PositiveIntegerField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    class Meta:
        ordering = ["start"]
        constraints = [
            models.CheckConstraint(name="mention_span_ordered", condition=Q(end__gte=F("start"))),
            models.CheckConstraint(
                name="mention_sentence_ordered", condition=Q(sentence_end__gte=F("sentence_start"))
            ),
        ]

    def __str__(self) -> str:
        return self.sentence[self.start - self.sentence_start : self.end - self.sentence_start]


class ClaimsVersion(models.Model):
    """One row (pk=1) whose `version` changes with every write that can change a total.

    On PostgreSQL database triggers bump it (migration 0004) in the same transaction as the
    write: any statement on reports_claim, and updates of what counting reads elsewhere (an
    article's date or outlet, a place's parent, a claimant's or actor's name). So no path, not
    even a bulk import or a raw SQL fix, can change claims without changing the version. A
    reader that sees a rollup with the current version therefore sees the claims it was
    computed from (reports/rollups.py)."""

    version = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"claims version {self.version}"


class Rollup(models.Model):
    """A pre-computed dashboard result for one outcome, unfiltered (reports/rollups.py): the
    totals, the series per bucket, the claimants' series, the breakdowns. `version` is the
    ClaimsVersion it was computed from; it is served as current only while they are equal."""

    outcome = models.CharField(max_length=12, choices=_choices(OUTCOMES))
    kind = models.CharField(max_length=40)
    version = models.BigIntegerField()
    computed_at = models.DateTimeField()
    seconds = models.FloatField(help_text="How long computing this outcome's rollups took.")
    # JSON as text: jsonb would reorder keys, and the pages show groups in taxonomy order.
    payload = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["outcome", "kind"], name="rollup_outcome_kind_uniq")
        ]

    def __str__(self) -> str:
        return f"{self.outcome} {self.kind} v{self.version}"
