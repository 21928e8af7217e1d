"""The model's dataclasses are built with keywords in the source (STYLE.md), checked on the syntax tree."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

from ritualdesk import model

ROOT = Path(__file__).resolve().parents[2]
MODEL_CLASSES = {name for name, value in vars(model).items()
                 if isinstance(value, type) and dataclasses.is_dataclass(value)}
# the leading field may stay positional (Schedule(ScheduleKind.WEEKLY), OccurrenceState(key)); a key is its two parts
POSITIONAL_ALLOWED = {"OccurrenceKey": 2}


def positional_constructions(source: str) -> list[tuple[int, str]]:
    """(line, class) of each construction of a model dataclass passing more positional arguments than allowed."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name in MODEL_CLASSES and len(node.args) > POSITIONAL_ALLOWED.get(name, 1):
                found.append((node.lineno, name))
    return found


def test_the_checker_sees_positional_constructions():
    source = ("Team(None, 'Orion')\nRitual(id=None, team_id=1)\nOccurrenceKey(1, planned)\n"
              "model.Member(None, 1, 'Léa')\n")
    assert positional_constructions(source) == [(1, "Team"), (4, "Member")]


def test_the_core_and_the_app_build_the_model_with_keywords():
    offenders = [
        f"{path.relative_to(ROOT)}:{line} {name}"
        for folder in ("ritualdesk", "ui")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for line, name in positional_constructions(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
