"""In the dark theme a check box, a radio button and a list's check stand out from the window, ticked or not."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# In a child process, as every test that applies a theme (switching the application's style sheet in
# the test run's process would restyle every other test's widgets).
INDICATORS = r"""
import json
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QApplication, QCheckBox, QListWidget, QListWidgetItem, QRadioButton, QStyle,
                               QStyleOptionButton, QVBoxLayout, QWidget)
from ui.theme import apply_theme

app = QApplication([])
apply_theme(app, "dark")
window = QWidget()
layout = QVBoxLayout(window)
boxes = {"unchecked": QCheckBox("Unchecked"), "checked": QCheckBox("Checked"), "radio": QRadioButton("Radio")}
boxes["checked"].setChecked(True)
for box in boxes.values():
    layout.addWidget(box)
items = QListWidget()
item = QListWidgetItem("Team")
item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
item.setCheckState(Qt.CheckState.Unchecked)
items.addItem(item)
layout.addWidget(items)
window.resize(240, 240)
window.show()
app.processEvents()
background = window.palette().color(window.backgroundRole()).lightness()

def spread(widget, rect):
    image = widget.grab().toImage()
    values = [QColor(image.pixel(QPoint(x, y))) for x in range(rect.left(), rect.right() + 1)
              for y in range(rect.top(), rect.bottom() + 1)]
    return {"brightest": max(c.lightness() for c in values) - background,
            "white": sum(c.lightness() > 230 for c in values)}

found = {}
for name, box in boxes.items():
    option = QStyleOptionButton()
    box.initStyleOption(option)
    element = QStyle.SubElement.SE_RadioButtonIndicator if name == "radio" else QStyle.SubElement.SE_CheckBoxIndicator
    found[name] = spread(box, box.style().subElementRect(element, option, box))
row = items.visualItemRect(item)
found["list"] = spread(items.viewport(), row.adjusted(0, 0, -(row.width() - row.height() - 6), 0))
print(json.dumps(found))
"""


def test_unticked_boxes_are_outlined_and_ticked_ones_show_their_tick_in_the_dark_theme():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", INDICATORS], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    for name in ("unchecked", "radio", "list"):
        assert found[name]["brightest"] >= 60, (name, found)  # its outline, not the window's colour darkened
    assert found["checked"]["white"] >= 4, found  # the tick drawn from the style sheet's image
