"""The retrospective board: formats, cards per column, grouping, dot voting, a card to an action. One operation each."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from .errors import InvalidInput, NotFound
from .i18n import _
from .model import ActionItem, OccurrenceKey, RitualKind
from .operations import add_action, occurrence, operation
from .store import Store, planned_text

# Built-in formats: a stable key and its columns (English; the UI and the minutes translate them).
FORMATS: dict[str, tuple[str, ...]] = {
    "start_stop_continue": ("Start", "Stop", "Continue"),
    "mad_sad_glad": ("Mad", "Sad", "Glad"),
    "four_ls": ("Liked", "Learned", "Lacked", "Longed for"),
    "sailboat": ("Wind", "Anchor", "Rocks", "Island"),
    "starfish": ("Keep", "More", "Less", "Stop", "Start"),
    "daki": ("Drop", "Add", "Keep", "Improve"),
    "kalm": ("Keep", "Add", "Less", "More"),
}
DEFAULT_FORMAT = "start_stop_continue"
DEFAULT_VOTES = 3


@dataclass(frozen=True, slots=True)
class Board:
    """A retrospective's board: its format (a built-in key or a team's custom one), columns and votes each."""

    key: OccurrenceKey
    format: str
    columns: tuple[str, ...]
    votes_per_person: int = DEFAULT_VOTES

    def column_of(self, card: Card) -> int:
        """The column a card shows in: its own, or the last one when this format has fewer (a 4Ls card in 4)."""
        return min(card.column, len(self.columns) - 1)


@dataclass(frozen=True, slots=True)
class Card:
    """One card: its column, text, optional author, the card it is grouped under, its votes per member."""

    id: int
    column: int
    text: str
    author_id: int | None = None
    group_id: int | None = None
    action_id: int | None = None
    votes: tuple[tuple[int, int], ...] = ()  # (member id, votes)

    @property
    def vote_count(self) -> int:
        return sum(n for _, n in self.votes)


def _retro(store: Store, key: OccurrenceKey) -> int:
    """The team of a retrospective occurrence (NotFound or InvalidInput otherwise)."""
    found = occurrence(store, key)
    if store.ritual(key.ritual_id).kind is not RitualKind.RETROSPECTIVE:
        raise InvalidInput(_("only a retrospective has a board"))
    return found.team_id


def custom_formats(store: Store, team_id: int) -> dict[str, tuple[str, ...]]:
    """The formats a team saved, by name."""
    rows = store.conn.execute("SELECT name, columns FROM retro_formats WHERE team_id = ? ORDER BY name", [team_id])
    return {name: tuple(json.loads(columns)) for name, columns in rows}


@operation
def save_format(store: Store, team_id: int, name: str, columns: tuple[str, ...]) -> str:
    """Keep a custom format (named columns) for the team's next retrospectives."""
    store.team(team_id)
    name = name.strip()
    columns = tuple(c.strip() for c in columns if c.strip())
    if not name or not 1 <= len(columns) <= 8:
        raise InvalidInput(_("a format needs a name and between one and eight columns"))
    store.conn.execute("INSERT INTO retro_formats (team_id, name, columns) VALUES (?, ?, ?) ON CONFLICT (team_id, name)"
                     " DO UPDATE SET columns = excluded.columns", [team_id, name, json.dumps(columns)])
    return name


def board(store: Store, key: OccurrenceKey) -> Board:
    """The board of a retrospective (the default format until one is chosen)."""
    row = store.conn.execute("SELECT format, columns, votes FROM retro_boards WHERE ritual_id = ? AND planned = ?",
                           [key.ritual_id, planned_text(key.planned)]).fetchone()
    if row is None:
        return Board(key, DEFAULT_FORMAT, FORMATS[DEFAULT_FORMAT])
    return Board(key, row[0], tuple(json.loads(row[1])), row[2])


@operation
def set_board(store: Store, key: OccurrenceKey, *, format: str, votes_per_person: int = DEFAULT_VOTES) -> Board:
    """Choose the board's format (cards keep their column number) and the votes each person has."""
    team_id = _retro(store, key)
    columns = FORMATS.get(format) or custom_formats(store, team_id).get(format)
    if columns is None:
        raise NotFound(_("no retrospective format called {name!r}").format(name=format))
    if not 1 <= votes_per_person <= 20:
        raise InvalidInput(_("each person has between 1 and 20 votes"))
    store.conn.execute(
        "INSERT INTO retro_boards (ritual_id, planned, format, columns, votes) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (ritual_id, planned) DO UPDATE SET format = excluded.format, columns = excluded.columns, "
        "votes = excluded.votes",
        [key.ritual_id, planned_text(key.planned), format, json.dumps(columns), votes_per_person])
    return Board(key, format, columns, votes_per_person)


def cards(store: Store, key: OccurrenceKey, ids: Collection[int] | None = None) -> list[Card]:
    """The board's cards, by column then as they were added (only those of `ids` that are on it, if given)."""
    where, args = "c.ritual_id = ? AND c.planned = ?", [key.ritual_id, planned_text(key.planned)]
    if ids is not None:  # a board's edit reads back the cards it touched, not the whole board
        where, args = where + " AND c.id IN (SELECT value FROM json_each(?))", [*args, json.dumps(sorted(ids))]
    votes: dict[int, list[tuple[int, int]]] = {}
    for card_id, member_id, count in store.conn.execute(
            f"SELECT v.card_id, v.member_id, v.count FROM retro_votes v JOIN retro_cards c ON c.id = v.card_id "
            f"WHERE {where} ORDER BY v.member_id", args):
        votes.setdefault(card_id, []).append((member_id, count))
    rows = store.conn.execute(f"SELECT c.id, c.col, c.text, c.author_id, c.group_id, c.action_id FROM retro_cards c "
                              f"WHERE {where} ORDER BY c.col, c.id", args)
    return [Card(i, col, text, author, group, action, tuple(votes.get(i, ()))) for i, col, text, author, group, action
            in rows]


def _card(store: Store, card_id: int) -> tuple:
    row = store.conn.execute("SELECT ritual_id, planned, col, text, author_id, group_id, action_id FROM retro_cards "
                           "WHERE id = ?", [card_id]).fetchone()
    if row is None:
        raise NotFound(_("no card with id {id}").format(id=card_id))
    return row


@operation
def add_card(store: Store, key: OccurrenceKey, column: int, text: str, *, author_id: int | None = None) -> int:
    """A new card in a column (the author is optional: the team may share one machine)."""
    team_id = _retro(store, key)
    text = text.strip()
    if not text:
        raise InvalidInput(_("a card needs some text"))
    if not 0 <= column < len(board(store, key).columns):
        raise InvalidInput(_("the board has no column {n}").format(n=column + 1))
    if author_id is not None and store.member(author_id).team_id != team_id:
        raise InvalidInput(_("a card's author must belong to the team"))
    cursor = store.conn.execute("INSERT INTO retro_cards (ritual_id, planned, col, text, author_id) "
                              "VALUES (?, ?, ?, ?, ?)",
                              [key.ritual_id, planned_text(key.planned), column, text, author_id])
    return cursor.lastrowid


@operation
def edit_card(store: Store, card_id: int, text: str) -> None:
    """Change a card's text."""
    _card(store, card_id)
    if not text.strip():
        raise InvalidInput(_("a card needs some text"))
    store.conn.execute("UPDATE retro_cards SET text = ? WHERE id = ?", [text.strip(), card_id])


@operation
def delete_card(store: Store, card_id: int) -> None:
    """Remove a card with its votes; cards grouped under it stand alone again."""
    _card(store, card_id)
    store.conn.execute("UPDATE retro_cards SET group_id = NULL WHERE group_id = ?", [card_id])
    store.conn.execute("DELETE FROM retro_cards WHERE id = ?", [card_id])


@operation
def group_card(store: Store, card_id: int, into: int | None) -> None:
    """Put a card under another one of the same board (None: out of its group)."""
    row = _card(store, card_id)
    if into is not None:
        head = _card(store, into)
        if head[:2] != row[:2] or into == card_id:
            raise InvalidInput(_("a card is grouped with another card of the same board"))
        into = head[5] or into  # groups are one level deep: join the head's group
        store.conn.execute("UPDATE retro_cards SET group_id = ? WHERE group_id = ?", [into, card_id])
    store.conn.execute("UPDATE retro_cards SET group_id = ? WHERE id = ?", [into, card_id])


@operation
def vote(store: Store, card_id: int, member_id: int, change: int = 1) -> int:
    """Add (or take back, with -1) one of a member's dots on a card; each has the board's number of votes."""
    ritual_id, planned, *_rest = _card(store, card_id)
    key = OccurrenceKey(ritual_id, datetime.fromisoformat(planned))
    team_id = _retro(store, key)
    if store.member(member_id).team_id != team_id:
        raise InvalidInput(_("only the team's members vote"))
    used = store.conn.execute("SELECT COALESCE(SUM(v.count), 0) FROM retro_votes v JOIN retro_cards c ON c.id = v.card_id"
                            " WHERE c.ritual_id = ? AND c.planned = ? AND v.member_id = ?",
                            [ritual_id, planned, member_id]).fetchone()[0]
    mine = store.conn.execute("SELECT count FROM retro_votes WHERE card_id = ? AND member_id = ?",
                            [card_id, member_id]).fetchone()
    mine = mine[0] if mine else 0
    if change > 0 and used + change > board(store, key).votes_per_person:
        raise InvalidInput(_("{name} has used all their votes").format(name=store.member(member_id).name))
    count = max(0, mine + change)
    if count:
        store.conn.execute("INSERT INTO retro_votes (card_id, member_id, count) VALUES (?, ?, ?) ON CONFLICT "
                         "(card_id, member_id) DO UPDATE SET count = excluded.count", [card_id, member_id, count])
    else:
        store.conn.execute("DELETE FROM retro_votes WHERE card_id = ? AND member_id = ?", [card_id, member_id])
    return count


def votes_left(store: Store, key: OccurrenceKey, member_id: int) -> int:
    """How many dots a member still has on this board."""
    used = store.conn.execute("SELECT COALESCE(SUM(v.count), 0) FROM retro_votes v JOIN retro_cards c ON c.id = v.card_id"
                            " WHERE c.ritual_id = ? AND c.planned = ? AND v.member_id = ?",
                            [key.ritual_id, planned_text(key.planned), member_id]).fetchone()[0]
    return board(store, key).votes_per_person - used


@operation
def card_to_action(store: Store, card_id: int, *, owner_id: int | None = None, due: date | None = None,
                   today: date) -> ActionItem:
    """The card becomes an action item of the retrospective, in one step."""
    ritual_id, planned, _col, text, _author, _group, action_id = _card(store, card_id)
    if action_id is not None:
        raise InvalidInput(_("this card is already an action item"))
    key = OccurrenceKey(ritual_id, datetime.fromisoformat(planned))
    item = add_action(store, key, text, owner_id=owner_id, due=due, today=today).value
    store.conn.execute("UPDATE retro_cards SET action_id = ? WHERE id = ?", [item.id, card_id])
    return item


def for_discussion(all_cards: list[Card]) -> list[tuple[Card, int, list[Card]]]:
    """Group heads (and lone cards) with their group's total votes and members, most votes first."""
    members: dict[int, list[Card]] = {}
    for card in all_cards:
        if card.group_id is not None:
            members.setdefault(card.group_id, []).append(card)
    heads = [c for c in all_cards if c.group_id is None]
    ranked = [(c, c.vote_count + sum(m.vote_count for m in members.get(c.id, [])), members.get(c.id, []))
              for c in heads]
    return sorted(ranked, key=lambda entry: (-entry[1], entry[0].id))

