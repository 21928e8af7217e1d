"""A flow layout keeps its buttons whole: one row when there is room, more rows when there is not."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.flow_layout import FlowLayout


def _row(qtbot, texts, *, label: str = ""):
    """A window with a flow of buttons (after a word-wrapped label, if one is given)."""
    host = QWidget()
    qtbot.addWidget(host)
    outer = QVBoxLayout(host)
    flow = FlowLayout()
    if label:
        wrapped = QLabel(label, host)
        wrapped.setWordWrap(True)
        flow.addWidget(wrapped)
    buttons = [QPushButton(text, host) for text in texts]
    for button in buttons:
        flow.addWidget(button)
    outer.addLayout(flow)
    outer.addStretch(1)
    host.show()
    return host, flow, buttons


def test_buttons_share_a_row_when_there_is_room_and_wrap_when_there_is_not(qtbot):
    host, flow, buttons = _row(qtbot, ["▶ Animer…", "Marquer tenue", "Annuler", "Rétablir"])
    host.resize(sum(b.sizeHint().width() for b in buttons) + 100, 200)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 1)
    one_row = flow.heightForWidth(host.width())
    widest = max(b.sizeHint().width() for b in buttons)
    host.resize(widest + 60, 300)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) > 1)
    assert flow.heightForWidth(widest + 40) > one_row
    assert all(b.width() >= b.sizeHint().width() and b.geometry().right() < host.width() for b in buttons)
    assert flow.minimumSize().width() == max(b.minimumSizeHint().width() for b in buttons)
    assert host.minimumSizeHint().width() < sum(b.sizeHint().width() for b in buttons)


def test_a_wrapped_label_takes_its_whole_line_when_it_fits_and_wraps_when_not(qtbot):
    host, flow, buttons = _row(qtbot, ["Complete"], label="Double-click a cell to edit it.")
    label = host.findChild(QLabel)
    line = label.fontMetrics().horizontalAdvance(label.text())
    host.resize(line + buttons[0].sizeHint().width() + 80, 200)
    qtbot.waitUntil(lambda: abs(label.geometry().center().y() - buttons[0].geometry().center().y()) <= 1)
    assert label.width() >= line  # one line, not wrapped short
    host.resize(line // 2 + 30, 300)
    qtbot.waitUntil(lambda: buttons[0].y() > label.geometry().bottom())
    assert label.height() > label.fontMetrics().height() * 1.5  # wrapped onto more lines


def test_a_label_wraps_onto_the_row_of_its_field_instead_of_ending_the_row_above_alone(qtbot):
    from PySide6.QtWidgets import QComboBox

    host, flow, buttons = _row(qtbot, ["Enregistrer un format personnalisé…"])
    label, combo = QLabel("Auteur :", host), QComboBox(host)
    combo.addItem("Sans auteur")
    label.setBuddy(combo)
    flow.addWidget(label)
    flow.addWidget(combo)
    # Room for the button and the label on one row, not for the field too.
    host.resize(buttons[0].sizeHint().width() + label.sizeHint().width() + 50, 200)
    qtbot.waitUntil(lambda: combo.y() > buttons[0].y())
    assert label.y() > buttons[0].y() and label.geometry().center().y() == combo.geometry().center().y()
