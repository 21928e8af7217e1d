"""Finds icons and style sheets from a source checkout, an installed wheel or a standalone build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QIcon, QPixmap

ICON_SIZES = (16, 20, 24, 32, 48)


@cache
def resources_dir() -> Path:
    """The folder holding icons/ and styles/.

    In a checkout ui/resources is a link to the top-level resources/; a wheel carries it as
    package data of `ui`; a PyInstaller build unpacks it next to the executable's modules.
    """
    here = Path(__file__).resolve().parent
    candidates = [Path(__file__).parent / "resources", here.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError("RitualDesk's resources folder is missing from this installation")


def resource(relative: str) -> Path:
    """The path of one resource file, e.g. 'styles/dark.qss'."""
    return resources_dir() / relative


def style_sheet(theme: str) -> str:
    """The style sheet of a theme ('light' or 'dark'); its `@styles/` names files beside it."""
    return (resource(f"styles/{theme}.qss").read_text(encoding="utf-8")
            .replace("@styles/", resource("styles").as_posix() + "/"))


def icon(name: str, color: QColor | str | None = None) -> QIcon:
    """An icon from icons/NAME.svg, its strokes drawn in `color` (the theme's text colour)."""
    return _icon(name, QColor(color).name() if color is not None else "#374151")


@cache
def _icon(name: str, color: str) -> QIcon:
    svg = resource(f"icons/{name}.svg").read_text(encoding="utf-8").replace("currentColor", color)
    result = QIcon()
    drawn = QPixmap()  # the SVG drawn once, at its own size, then scaled to each size
    if drawn.loadFromData(QByteArray(svg.encode("utf-8")), "SVG"):
        for size in ICON_SIZES:
            result.addPixmap(drawn.scaled(size, size))
    return result


def app_icon() -> QIcon:
    """The application's own icon."""
    return QIcon(str(resource("icons/ritualdesk.svg")))
