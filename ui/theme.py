"""Light and dark themes (palette + style sheet) and the colours the calendar paints with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from .resources import style_sheet

# One hue per ritual kind (RitualKind values: the enum is a str), readable with white text in both
# themes. Keyed by value so that painting the first window does not import the core's model.
KIND_COLORS = {
    "standup": QColor("#2563eb"),
    "planning": QColor("#059669"),
    "review": QColor("#d97706"),
    "retrospective": QColor("#7c3aed"),
    "refinement": QColor("#0891b2"),
    "custom": QColor("#64748b"),
}
# Teams get a small stripe of their own, in sidebar order.
TEAM_COLORS = [QColor(c) for c in ("#ef4444", "#f59e0b", "#10b981", "#3b82f6", "#8b5cf6", "#ec4899",
                                   "#14b8a6", "#84cc16", "#f97316", "#6366f1")]
NOW_LINE = QColor("#ef4444")


def team_color(index: int) -> QColor:
    """The colour of the team at `index` in the sidebar."""
    return TEAM_COLORS[index % len(TEAM_COLORS)]


def is_dark(palette: QPalette) -> bool:
    """Whether a palette paints light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def resolve(theme: str) -> str:
    """'light' or 'dark' for a theme setting ('system' follows the desktop's colour scheme)."""
    if theme in ("light", "dark"):
        return theme
    app = QApplication.instance()
    if app is not None and app.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return "dark"
    return "light"


def dark_palette() -> QPalette:
    """A calm dark palette for the Fusion style."""
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colors = {
        role.Window: "#1f2229", role.WindowText: "#e5e7eb", role.Base: "#16181d", role.AlternateBase: "#1d2027",
        role.ToolTipBase: "#2d313a", role.ToolTipText: "#f3f4f6", role.PlaceholderText: "#6b7280",
        role.Text: "#e5e7eb", role.Button: "#2a2e37", role.ButtonText: "#e5e7eb", role.BrightText: "#fca5a5",
        role.Light: "#3a3f4a", role.Midlight: "#30343d", role.Mid: "#3f4451", role.Dark: "#111317",
        role.Shadow: "#000000", role.Highlight: "#2563eb", role.HighlightedText: "#ffffff",
        role.Link: "#60a5fa", role.LinkVisited: "#a78bfa",
    }
    for r, c in colors.items():
        p.setColor(r, QColor(c))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#6b7280"))
    return p


def light_palette() -> QPalette:
    """Fusion's own light palette, with our accent."""
    p = QStyleFactory.create("Fusion").standardPalette()
    p.setColor(QPalette.ColorRole.Highlight, QColor("#2563eb"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f6f7f9"))
    return p


def apply_theme(app: QApplication, theme: str) -> str:
    """Dress the whole application in a theme setting; the resolved 'light' or 'dark'."""
    resolved = resolve(theme)
    # The old style sheet goes first: changing the style or the palette under an application style
    # sheet while a QWizard exists (the team wizard, even hidden) crashes Qt 6.12 in QApplication.setStyle
    # or setPalette (tests/ui/test_theme_switch.py).
    app.setStyleSheet("")
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if resolved == "dark" else light_palette())
    app.setStyleSheet(style_sheet(resolved))
    return resolved
