"""Celery tasks: thin wrappers that take ids and call services."""

import logging

from celery import Task, shared_task
from django.db import InterfaceError, OperationalError

from reports import fetching, rollups, services, sources

logger = logging.getLogger(__name__)


class ArticleTask(Task):
    def on_failure(self, exc, task_id, args, kwargs, einfo):
        # Retries exhausted or an unexpected error: the article must say so, not sit in
        # "processing" for ever.
        article_id = args[0] if args else kwargs.get("article_id")
        if article_id is not None:
            services.article_fail(
                article_id=article_id, error=f"Processing failed: {type(exc).__name__}: {exc}"
            )


@shared_task(
    base=ArticleTask,
    acks_late=True,
    # The database going away and a page that times out or answers 5xx are transient;
    # anything else is a bug or a refusal and recorded at once.
    autoretry_for=(OperationalError, InterfaceError, fetching.FetchUnavailable),
    retry_backoff=2,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=6,
)
def article_process(article_id: int) -> None:
    services.article_process(article_id=article_id)


@shared_task
def articles_requeue_stale() -> int:
    return services.articles_requeue_stale()


@shared_task(acks_late=True, autoretry_for=(OperationalError, InterfaceError), max_retries=3)
def source_poll(source_id: int) -> int:
    return sources.source_poll(source_id=source_id)


@shared_task
def sources_poll_due() -> int:
    return sources.sources_poll_due()


@shared_task(
    acks_late=True,
    autoretry_for=(OperationalError, InterfaceError),
    max_retries=3,
    # A full recount at 1M claims takes minutes; the default 300 s limit is for articles.
    time_limit=3600,
    soft_time_limit=3540,
)
def rollups_refresh() -> int:
    """Bring the dashboard's rollups up to the current claims (coalesced: a no-op when they
    are current or another refresh is running)."""
    return rollups.refresh_pending()
