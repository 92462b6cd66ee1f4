"""The victim taxonomy, outcomes and qualifiers (plain tuples for model choices)."""

from __future__ import annotations

OUTCOMES: tuple[str, ...] = ("killed", "injured", "casualties", "displaced", "missing", "detained")
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "at_least", "at_most")
GROUPS: tuple[str, ...] = (
    "people",
    "civilians",
    "children",
    "women",
    "men",
    "combatants",
    "state_forces",
    "armed_groups",
)

# child key -> parent key; "people" is the root.
GROUP_PARENT: dict[str, str] = {
    "civilians": "people",
    "children": "civilians",
    "women": "civilians",
    "men": "civilians",
    "combatants": "people",
    "state_forces": "combatants",
    "armed_groups": "combatants",
}


def ancestors(group: str) -> list[str]:
    """The group itself followed by its parents up to the root."""
    chain = [group]
    while chain[-1] in GROUP_PARENT:
        chain.append(GROUP_PARENT[chain[-1]])
    return chain


def common_group(a: str, b: str) -> str:
    """The most specific group containing both (e.g. soldiers and guerrillas -> combatants)."""
    up = ancestors(b)
    for g in ancestors(a):
        if g in up:
            return g
    return "people"
