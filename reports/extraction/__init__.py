"""Casualty-claim extractor: pure Python, no Django. See docs/extraction.md."""

from .pipeline import extract
from .taxonomy import GROUP_PARENT, GROUPS, OUTCOMES, QUALIFIERS
from .types import ClaimDraft, Mention, PlaceRef

__all__ = [
    "extract",
    "ClaimDraft",
    "Mention",
    "PlaceRef",
    "GROUPS",
    "OUTCOMES",
    "QUALIFIERS",
    "GROUP_PARENT",
]
