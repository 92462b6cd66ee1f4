"""Dataclasses returned by the extractor (the public interface other code depends on)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Mention:
    sentence: str  # the whole sentence, as in the text
    sentence_start: int  # char offsets of the sentence in the text passed to extract()
    sentence_end: int
    start: int  # char offsets of the quote (the figure phrase) in the text
    end: int


@dataclass(frozen=True)
class PlaceRef:
    name: str  # usual English name, e.g. "Aleppo", "Syria"
    kind: str  # "country" | "region" | "city" | "other"
    country_code: str | None  # ISO 3166-1 alpha-2; None when unknown
    geonameid: int | None = None


@dataclass
class ClaimDraft:
    outcome: str
    group: str
    count: int | None
    qualifier: str
    low: int | None
    high: int | None
    affiliation: str | None
    perpetrator: str | None
    cause: str | None
    claimant: str | None
    location: str | None
    place: PlaceRef | None
    period: tuple[date, date] | None
    hedged: bool
    quote: str
    confidence: float
    mentions: list[Mention] = field(default_factory=list)

    def as_dict(self) -> dict:
        """The gold file's field names, JSON-serialisable."""
        return {
            "outcome": self.outcome,
            "group": self.group,
            "count": self.count,
            "qualifier": self.qualifier,
            "low": self.low,
            "high": self.high,
            "affiliation": self.affiliation,
            "perpetrator": self.perpetrator,
            "cause": self.cause,
            "claimant": self.claimant,
            "location": self.location,
            "period": [self.period[0].isoformat(), self.period[1].isoformat()]
            if self.period
            else None,
            "hedged": self.hedged,
            "quote": self.quote,
            "confidence": round(self.confidence, 3),
        }
