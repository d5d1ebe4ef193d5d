"""What changed between two versions of a pathway: steps and transitions added, removed, changed.

A pure function of the domain (``spec/cli.md``, ``compare``): steps are matched by id and
transitions by (from, to, kind), and compared in the exchange format's "same content" form
without ``position`` (a card's place is layout, not content). A null, an empty list and
``referral: false`` equal absence; code lists compare as sets; ``""`` is a value. A transition
whose kind changed is one removed and one added transition; a removed step's transitions are
removed too (they are not in the later version); nothing is listed as changed with no field.
Every list is sorted by code point.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pathways.exchange_write import step_to_dict, transition_to_dict
from pathways.model import Step, Transition

TransitionKey = tuple[str, str, str]

#: What a step is, compared with the earlier version: for the overlay and the print.
NEW = "new"
CHANGED = "changed"
GONE = "gone"

#: Keys whose lists are sets of codes.
_CODE_LISTS = frozenset({"shared_info"})


def _comparable(item: Mapping[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in item.items():
        if key == "position" or value is None or value == [] or (
            key == "referral" and value is False
        ):
            continue
        result[key] = sorted(value) if key in _CODE_LISTS else value
    return result


def _changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    return sorted(key for key in before.keys() | after.keys() if before.get(key) != after.get(key))


@dataclass(frozen=True, slots=True)
class Comparison:
    """The changes from an earlier version of a pathway to a later one (sorted lists)."""

    steps_added: tuple[str, ...] = ()
    steps_removed: tuple[str, ...] = ()
    #: (step id, the keys that changed)
    steps_changed: tuple[tuple[str, tuple[str, ...]], ...] = ()
    transitions_added: tuple[TransitionKey, ...] = ()
    transitions_removed: tuple[TransitionKey, ...] = ()
    transitions_changed: tuple[tuple[TransitionKey, tuple[str, ...]], ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.steps_added or self.steps_removed or self.steps_changed
                    or self.transitions_added or self.transitions_removed
                    or self.transitions_changed)

    def step_change(self, step_id: str) -> str | None:
        """:data:`NEW`, :data:`CHANGED`, :data:`GONE` or None for an unchanged step."""
        if step_id in self.steps_added:
            return NEW
        if step_id in self.steps_removed:
            return GONE
        if any(changed == step_id for changed, _fields in self.steps_changed):
            return CHANGED
        return None

    def changed_fields(self, step_id: str) -> tuple[str, ...]:
        return next((fields for changed, fields in self.steps_changed if changed == step_id), ())

    def transition_change(self, key: TransitionKey) -> str | None:
        if key in self.transitions_added:
            return NEW
        if key in self.transitions_removed:
            return GONE
        if any(changed == key for changed, _fields in self.transitions_changed):
            return CHANGED
        return None

    def to_json(
        self, client_id: str, pathway_id: str, from_version: str, to_version: str | None
    ) -> dict[str, Any]:
        """The ``compare --json`` document (``to_version`` None: the pathway as it is now)."""
        return {
            "client": client_id,
            "pathway": pathway_id,
            "from": from_version,
            "to": to_version if to_version is not None else "now",
            "steps": {
                "added": list(self.steps_added),
                "removed": list(self.steps_removed),
                "changed": [{"id": i, "fields": list(f)} for i, f in self.steps_changed],
            },
            "transitions": {
                "added": [list(k) for k in self.transitions_added],
                "removed": [list(k) for k in self.transitions_removed],
                "changed": [{"key": list(k), "fields": list(f)}
                            for k, f in self.transitions_changed],
            },
        }


def compare(
    before_steps: Iterable[Step],
    before_transitions: Iterable[Transition],
    after_steps: Iterable[Step],
    after_transitions: Iterable[Transition],
) -> Comparison:
    """What changed from the *before* steps and transitions to the *after* ones."""
    old_steps = {s.id: _comparable(step_to_dict(s)) for s in before_steps}
    new_steps = {s.id: _comparable(step_to_dict(s)) for s in after_steps}
    old_transitions = {t.key: _comparable(transition_to_dict(t)) for t in before_transitions}
    new_transitions = {t.key: _comparable(transition_to_dict(t)) for t in after_transitions}
    steps_changed = []
    for step_id in sorted(old_steps.keys() & new_steps.keys()):
        fields = _changed_fields(old_steps[step_id], new_steps[step_id])
        if fields:
            steps_changed.append((step_id, tuple(fields)))
    transitions_changed = []
    for key in sorted(old_transitions.keys() & new_transitions.keys()):
        fields = _changed_fields(old_transitions[key], new_transitions[key])
        if fields:
            transitions_changed.append((key, tuple(fields)))
    return Comparison(
        steps_added=tuple(sorted(new_steps.keys() - old_steps.keys())),
        steps_removed=tuple(sorted(old_steps.keys() - new_steps.keys())),
        steps_changed=tuple(steps_changed),
        transitions_added=tuple(sorted(new_transitions.keys() - old_transitions.keys())),
        transitions_removed=tuple(sorted(old_transitions.keys() - new_transitions.keys())),
        transitions_changed=tuple(transitions_changed),
    )
