"""Every message the core shows goes through gettext: a syntax-tree scan of ritualdesk/ for English left in code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

CORE = Path(__file__).parents[2] / "ritualdesk"
TRANSLATORS = {"_", "ngettext", "N_"}
SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|WITH|DROP|ALTER|REPLACE|UNION|WHERE)\b")


def _reads_as_words(text: str) -> bool:
    """Two words or more between spaces, as a sentence has (not SQL, a code or a path)."""
    return not SQL.search(text) and len(re.findall(r"(?:^|(?<=[\s(]))[A-Za-z][a-z]*'?[a-z]*(?=[\s,;:.)]|$)",
                                                  text)) >= 2


# What a person never reads as a sentence, or what is not ours to change yet: file, and a piece of the text.
NOT_MESSAGES = {
    ("calserver/connection.py", "<?xml"),  # a CalDAV request body
    ("document.py", "<"),  # HTML markup around translated labels
    ("cli.py", "ritualdesk roster"),  # a command to type, made of names
    ("cli_delete.py", "ritualdesk team delete"),  # the same
    ("cli_delete.py", "ritualdesk ritual delete"),  # the same
    ("agenda.py", "fairness needs the whole history"),  # ValueError: a programming mistake, never shown
    ("store.py", "FOREIGN KEY constraint failed"),  # SQLite's own words, as SQLite says them
    ("ical/feed.py", " every {} from {}"),  # the schedule as our exports write it for a machine
}


def _is_translated(node: ast.expr) -> bool:
    """_("..."), ngettext(...), N_("...") or one of them followed by .format(...)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        node = node.func.value
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in TRANSLATORS


def _text(node: ast.expr) -> str | None:
    """The literal text of a string, an f-string or a sum of them; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        if left is not None or right is not None:
            return (left or "") + (right or "")
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _text(node.func.value)
    return None


def _exception_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def untranslated_messages(root: Path = CORE) -> list[str]:
    """Messages in ritualdesk/ a person may read that do not go through _(), as 'file:line: text'."""
    found = []
    for path in sorted(root.rglob("*.py")):
        name = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        translated = {id(inner) for outer in ast.walk(tree) if _is_translated(outer)
                      for inner in ast.walk(outer)}
        candidates: list[ast.expr] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                called = _exception_name(node)
                if called.endswith(("Error", "Input", "NotFound", "Conflict", "Busy", "Damaged", "New",
                                    "Database")) and node.args:
                    candidates.append(node.args[0])  # the message of an exception
                elif called == "_require" and len(node.args) > 1:
                    candidates.append(node.args[1])
                elif called in {"done", "skip"} and len(node.args) > 2:
                    candidates.append(node.args[2])  # the reason an import report gives
            if isinstance(node, ast.JoinedStr) and id(node) not in translated:
                candidates.append(node)
        for node in candidates:
            if id(node) in translated or _is_translated(node):
                continue
            text = _text(node)
            if text is None or not _reads_as_words(text):
                continue
            if any(name == file and piece in text for file, piece in NOT_MESSAGES):
                continue
            found.append(f"{name}:{node.lineno}: {text[:90]!r}")
    return sorted(set(found))


def test_every_core_message_goes_through_gettext():
    assert untranslated_messages() == [], (
        "wrap these messages in _() (with named {fields} and .format) or mark them with N_(), then run "
        "`python packaging/update_translations.py` and translate them")


def test_the_scan_finds_an_english_message_left_in_code(tmp_path):
    (tmp_path / "checks.py").write_text(
        "def check(name, weeks):\n"
        "    if not name:\n"
        "        raise InvalidInput(f'{name!r} needs a name')\n"
        "    _require(weeks > 0, 'a sprint lasts at least a week')\n"
        "    note = f'moved to {weeks} weeks later'\n"
        "    raise InvalidInput(_('fine {name}').format(name=name))\n"
        "    _require(weeks < 9, N_('fine too'))\n",
        encoding="utf-8")
    assert [line.split(":")[1] for line in untranslated_messages(tmp_path)] == ["3", "4", "5"]
