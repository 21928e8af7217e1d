"""`_` is the translation function in every core module: no function of the core reuses the name."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).parents[2] / "ritualdesk"


def test_no_core_function_assigns_underscore_where_it_translates():
    problems = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)):
            scope = [n for n in ast.walk(function) if not isinstance(n, ast.ListComp | ast.SetComp | ast.DictComp
                                                                        | ast.GeneratorExp)]
            inner = {id(n) for c in ast.walk(function)
                     if isinstance(c, ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp)
                     for n in ast.walk(c)}
            stores = [n for n in scope if isinstance(n, ast.Name) and n.id == "_" and isinstance(n.ctx, ast.Store)
                      and id(n) not in inner]
            calls = [n for n in ast.walk(function) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "_"]
            if stores and calls:
                problems.append(f"{path.relative_to(CORE.parent)}:{stores[0].lineno} assigns _ in {function.name}")
    assert problems == [], "a local `_` hides the translation function (UnboundLocalError): rename it"
