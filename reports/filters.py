"""The dashboard's filters (django-filter): one FilterSet for every page, the API and exports.

Filters are GET parameters, so a filtered view is a link. They narrow which claims are read;
the counting rules (counting.py) then run on what is left, so a filter never changes how the
claims that remain are counted.
"""

import django_filters
from django import forms
from django.db.models import Q, QuerySet

from reports.extraction.taxonomy import GROUPS, OUTCOMES
from reports.models import Actor, Claim, Claimant, Place


def _choices(keys) -> list[tuple[str, str]]:
    return [(key, key.replace("_", " ")) for key in keys]


def group_subtree(group: str) -> list[str]:
    from reports.counting import subtree

    return sorted(subtree(group))


def place_subtree(place_id: int) -> list[int]:
    """The place and every place inside it (a country's regions and cities)."""
    children: dict[int | None, list[int]] = {}
    for pk, parent in Place.objects.values_list("pk", "parent_id"):
        children.setdefault(parent, []).append(pk)
    found, todo = [], [place_id]
    while todo:
        pk = todo.pop()
        if pk in found:
            continue
        found.append(pk)
        todo.extend(children.get(pk, ()))
    return found


class ClaimFilter(django_filters.FilterSet):
    outcome = django_filters.ChoiceFilter(choices=_choices(OUTCOMES), empty_label="any outcome")
    group = django_filters.ChoiceFilter(
        choices=_choices(GROUPS), method="filter_group", empty_label="all people",
        label="Group (with its subgroups)",
    )  # fmt: skip
    claimant = django_filters.ModelChoiceFilter(
        queryset=Claimant.objects.order_by("name"), empty_label="every claimant"
    )
    perpetrator = django_filters.ModelChoiceFilter(
        queryset=Actor.objects.order_by("name"), empty_label="any perpetrator"
    )
    place = django_filters.ModelChoiceFilter(
        queryset=Place.objects.order_by("name"), method="filter_place", empty_label="anywhere",
        label="Place (and places inside it)",
    )  # fmt: skip
    date_from = django_filters.DateFilter(
        method="filter_from", label="From", widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = django_filters.DateFilter(
        method="filter_to", label="To", widget=forms.DateInput(attrs={"type": "date"})
    )
    hedged = django_filters.BooleanFilter(
        label="Unconfirmed (hedged)",
        widget=forms.Select(choices=[("", "either"), ("true", "unconfirmed only"),
                                     ("false", "not hedged only")]),
    )  # fmt: skip
    review = django_filters.ChoiceFilter(choices=Claim.Review.choices, empty_label="any review")

    class Meta:
        model = Claim
        fields = ["outcome", "group", "claimant", "perpetrator", "place", "date_from", "date_to",
                  "hedged", "review"]  # fmt: skip

    def filter_group(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(group__in=group_subtree(value)) if value else queryset

    def filter_place(self, queryset: QuerySet, name: str, value: Place | None) -> QuerySet:
        return queryset.filter(place_id__in=place_subtree(value.pk)) if value else queryset

    # The period overlaps [from, to]; a claim with no period is dated by its article.
    def filter_from(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.filter(
            Q(period_end__gte=value)
            | Q(period_end__isnull=True, article__published__gte=value)
            | Q(period_end__isnull=True, article__published__isnull=True,
                article__created_at__date__gte=value)
        )  # fmt: skip

    def filter_to(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.filter(
            Q(period_start__lte=value)
            | Q(period_start__isnull=True, article__published__lte=value)
            | Q(period_start__isnull=True, article__published__isnull=True,
                article__created_at__date__lte=value)
        )  # fmt: skip
