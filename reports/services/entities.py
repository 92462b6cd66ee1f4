"""Names resolved to stored entities: claimants, actors and places with their aliases."""

import re

from reports.extraction import PlaceRef
from reports.models import Entity, Place

_NOT_WORD = re.compile(r"[^\w\s]")


def name_key(name: str) -> str:
    """The form names are matched on: "The Syrian Observatory..." == "syrian observatory..."."""
    key = _NOT_WORD.sub(" ", name.lower())
    key = re.sub(r"^\s*the\s+", "", key)
    return re.sub(r"\s+", " ", key).strip()


def entity_resolve(*, model: type[Entity], name: str | None) -> Entity | None:
    """The stored entity a name stands for, found by its name or an alias, else created."""
    if not name or not name.strip():
        return None
    key = name_key(name)[:200]
    entity = model.objects.filter(key=key).first()
    if entity is None:
        entity = _entity_by_alias(model=model, key=key)
    if entity is None:
        entity, _ = model.objects.get_or_create(key=key, defaults={"name": name.strip()[:200]})
    return entity


def _entity_by_alias(*, model: type[Entity], key: str) -> Entity | None:
    # Aliases are few per entity and entities few per kind, so a scan beats a JSON lookup
    # that SQLite cannot index anyway.
    for entity in model.objects.exclude(aliases=[]).only("pk", "aliases", "name", "key"):
        if key in {name_key(alias) for alias in entity.aliases}:
            return entity
    return None


def place_resolve(*, ref: PlaceRef | None) -> Place | None:
    if ref is None:
        return None
    if ref.geonameid:
        place = Place.objects.filter(geonameid=ref.geonameid).first()
        if place:
            return place
    place = entity_resolve(model=Place, name=ref.name)
    changed = False
    if ref.geonameid and place.geonameid is None:
        if not Place.objects.filter(geonameid=ref.geonameid).exists():
            place.geonameid, changed = ref.geonameid, True
    if ref.kind and place.kind == Place.Kind.OTHER:
        place.kind, changed = ref.kind, True
    if ref.country_code and not place.country_code:
        place.country_code, changed = ref.country_code, True
    if place.parent_id is None and place.kind != Place.Kind.COUNTRY and place.country_code:
        country = Place.objects.filter(kind=Place.Kind.COUNTRY, country_code=place.country_code)
        place.parent, changed = country.first(), True
    if changed:
        place.save()
    if place.kind == Place.Kind.COUNTRY:
        # A country resolved after its cities: attach the orphans now.
        Place.objects.filter(country_code=place.country_code, parent__isnull=True).exclude(
            pk=place.pk
        ).update(parent=place)
    return place
