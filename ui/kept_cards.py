"""A retrospective board's cards as last read, kept up to date edit by edit, and what each edit changed of them."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from ritualdesk.retro_board import Card


@dataclass(frozen=True, slots=True)
class Touched:
    """What an edit changed of a board: the columns whose rows may differ (None: any), whether the heads did."""

    columns: frozenset[int] | None
    heads: bool  # a card added, removed, moved, grouped or worded otherwise (not only voted for)


EVERYTHING = Touched(columns=None, heads=True)


def _as_head(card: Card | None) -> tuple | None:
    return None if card is None else (card.column, card.text, card.group_id)


class KeptCards:
    """The cards by id and in the board's order (by column, then as added)."""

    def __init__(self) -> None:
        self.by_id: dict[int, Card] = {}
        self.cards: list[Card] = []

    def replace(self, cards: Iterable[Card]) -> Touched:
        """All the board's cards, read again."""
        self.by_id = {card.id: card for card in cards}
        self._order()
        return EVERYTHING

    def update(self, found: Iterable[Card], asked: Collection[int]) -> Touched | None:
        """The cards `asked` for as read back (`found`: those still on the board); None if none of them is ours."""
        found = {card.id: card for card in found}
        gone = [card_id for card_id in asked if card_id not in found and card_id in self.by_id]
        if not found and not gone:
            return None  # another board's (the retrospective's next occurrence)
        before = {card_id: self.by_id.get(card_id) for card_id in (*found, *gone)}
        for card_id in gone:  # deleted, or its adding undone
            del self.by_id[card_id]
        self.by_id.update(found)
        self._order()
        columns: set[int] = set()
        for card in (*before.values(), *found.values()):
            if card is None:
                continue
            columns.add(card.column)
            head = self.by_id.get(card.group_id) or before.get(card.group_id)
            if head is not None:  # shown under its head too, in the head's column
                columns.add(head.column)
        heads = any(_as_head(card) != _as_head(found.get(card_id)) for card_id, card in before.items())
        return Touched(columns=frozenset(columns), heads=heads)

    def _order(self) -> None:
        self.cards = sorted(self.by_id.values(), key=lambda card: (card.column, card.id))
