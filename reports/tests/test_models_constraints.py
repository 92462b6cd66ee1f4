"""The database itself refuses impossible figures, whatever path they come by."""

from datetime import date

import pytest
from django.db import IntegrityError, transaction

from reports.models import Article, Claim


@pytest.fixture
def article(db):
    return Article.objects.create(raw=b"text", content_hash="h" * 64, text="text")


def make(article, **fields):
    values = {"article": article, "outcome": "killed", "group": "people", "count": 3}
    values.update(fields)
    with transaction.atomic():
        return Claim.objects.create(**values)


def test_it_accepts_a_plain_figure(article):
    assert make(article).pk


@pytest.mark.parametrize(
    "fields",
    [
        {"count": -1},
        {"count": None, "low": None, "high": None},
        {"count": None, "low": 50, "high": 20},
        {"period_start": date(2016, 3, 2), "period_end": date(2016, 3, 1)},
        {"period_start": date(2016, 3, 2), "period_end": None},
        {"span_start": 40, "span_end": 10},
        {"confidence": 1.5},
    ],
)
def test_it_rejects_impossible_figures(article, fields):
    with pytest.raises(IntegrityError):
        make(article, **fields)


def test_it_rejects_a_second_article_with_the_same_hash(article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(raw=b"other", content_hash=article.content_hash)
