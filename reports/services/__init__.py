"""Writes: storing articles, processing them into claims, resolving names to entities.

Views, admin actions, commands and tasks call these; none of them writes models directly.
One module per concern; everything is re-exported here, so callers write
`services.article_create(...)` without knowing which module holds it.
"""

from reports.services.articles import (
    article_create,
    article_enqueue,
    article_fail,
    article_find_by_url,
    article_retry,
    articles_requeue_stale,
    url_placeholder_hash,
)
from reports.services.claims import (
    FIGURE_FIELDS,
    articles_delete,
    claim_create_from_draft,
    claim_review,
    claims_delete,
    draft_key,
)
from reports.services.entities import entity_resolve, name_key, place_resolve
from reports.services.fetched import (
    article_copy_mark,
    article_fetch,
    article_original_find,
    page_metadata,
)
from reports.services.processing import article_process

__all__ = [
    "FIGURE_FIELDS", "article_copy_mark", "article_create", "article_enqueue", "article_fail",
    "article_fetch", "article_find_by_url", "article_original_find", "article_process",
    "article_retry", "articles_delete", "articles_requeue_stale", "claim_create_from_draft",
    "claim_review", "claims_delete", "draft_key", "entity_resolve", "name_key",
    "page_metadata", "place_resolve", "url_placeholder_hash",
]  # fmt: skip
