"""A small document model (headings, facts, lists, tables, notes) written out as Markdown or HTML. Pure."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Heading:
    """A section title; level 1 is the document's title."""

    level: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A line of text, optionally emphasised."""

    text: str
    emphasis: bool = False


@dataclass(frozen=True, slots=True)
class Facts:
    """Label: value pairs (facilitator, attendees...)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Bullets:
    """A list of short items."""

    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """Rows under a header; `widths` are relative column widths for print."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Notes:
    """Free text typed by a person (Markdown-ish: headings, bullets); kept as typed."""

    text: str


Block = Heading | Paragraph | Facts | Bullets | Table | Notes


@dataclass(frozen=True, slots=True)
class Document:
    """Blocks in order, a language (for HTML) and the footer printed on each page."""

    blocks: tuple[Block, ...]
    language: str = "en"
    footer: str = ""
    title: str = ""


_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _demoted(text: str, below: int) -> str:
    """Notes' own headings go under the section that holds them (## Start becomes #### Start)."""
    lines = []
    for line in text.splitlines():
        found = _HEADING.match(line)
        lines.append("#" * min(6, len(found.group(1)) + below) + " " + found.group(2) if found else line)
    return "\n".join(lines).strip()


_COLON = {"fr": "\u00a0:"}  # French typography: a no-break space before the colon


def to_markdown(document: Document) -> str:
    """The document as CommonMark (GitHub tables)."""
    out: list[str] = []
    level = 1
    for block in document.blocks:
        if isinstance(block, Heading):
            level = block.level
            out.append("#" * block.level + " " + block.text)
        elif isinstance(block, Paragraph):
            out.append(f"*{block.text}*" if block.emphasis else block.text)
        elif isinstance(block, Facts):
            colon = _COLON.get(document.language, ":")
            out.append("\n".join(f"- **{label}{colon}** {value}" for label, value in block.rows))
        elif isinstance(block, Bullets):
            out.append("\n".join(f"- {item}" for item in block.items))
        elif isinstance(block, Table):
            lines = ["| " + " | ".join(_cell(h) for h in block.headers) + " |",
                     "|" + "|".join("---" for _ in block.headers) + "|"]
            lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]
            out.append("\n".join(lines))
        elif isinstance(block, Notes):
            out.append(_demoted(block.text, level))
    return "\n\n".join(part for part in out if part) + "\n"


_ACCENT = "#1f3a5f"
_RULE = "#c7cfd9"
_MUTED = "#5b6573"


def _inline(text: str) -> str:
    return html.escape(text, quote=False)


def _notes_html(text: str) -> str:
    parts, items = [], []

    def flush() -> None:
        if items:
            parts.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
            items.clear()

    for line in text.splitlines():
        stripped = line.strip()
        found = _HEADING.match(stripped)
        if stripped.startswith(("- ", "* ")):
            items.append(_inline(stripped[2:]))
            continue
        flush()
        if found:
            parts.append(f'<p style="margin-top:6px; margin-bottom:2px;"><b>{_inline(found.group(2))}</b></p>')
        elif stripped:
            parts.append(f'<p style="margin:2px 0;">{_inline(stripped)}</p>')
    flush()
    return "".join(parts)


def to_html(document: Document) -> str:
    """The document as the HTML subset QTextDocument lays out (for print and PDF)."""
    out = [f'<html lang="{document.language}"><body style="font-size:10.5pt; color:#1b1f24;">']
    for block in document.blocks:
        if isinstance(block, Heading):
            size = {1: "19pt", 2: "14pt", 3: "11.5pt"}.get(block.level, "10.5pt")
            top = {1: "0", 2: "18px", 3: "10px"}.get(block.level, "8px")
            out.append(f'<h{block.level} style="font-size:{size}; color:{_ACCENT}; margin-top:{top}; '
                       f'margin-bottom:4px;">{_inline(block.text)}</h{block.level}>')
            if block.level <= 2:
                out.append(f'<hr style="background-color:{_RULE}; height:1px; border-width:0;"/>')
        elif isinstance(block, Paragraph):
            style = f' style="color:{_MUTED};"' if block.emphasis else ""
            out.append(f"<p{style}>{_inline(block.text)}</p>")
        elif isinstance(block, Facts):
            rows = "".join(f'<tr><td style="color:{_MUTED}; padding-right:14px;">{_inline(label)}</td>'
                           f"<td>{_inline(value)}</td></tr>" for label, value in block.rows)
            out.append(f'<table cellspacing="0" cellpadding="2">{rows}</table>')
        elif isinstance(block, Bullets):
            out.append("<ul>" + "".join(f"<li>{_inline(i)}</li>" for i in block.items) + "</ul>")
        elif isinstance(block, Table):
            total = sum(block.widths) or len(block.headers)
            widths = block.widths or (1,) * len(block.headers)
            head = "".join(f'<th width="{round(100 * w / total)}%" align="left" '
                           f'style="background-color:#e8edf3; color:{_ACCENT};">{_inline(h)}</th>'
                           for h, w in zip(block.headers, widths, strict=True))
            body = "".join("<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in row) + "</tr>" for row in block.rows)
            out.append(f'<table width="100%" cellspacing="0" cellpadding="4" border="1" '
                       f'style="border-color:{_RULE}; border-style:solid;"><tr>{head}</tr>{body}</table>')
        elif isinstance(block, Notes):
            out.append(_notes_html(block.text))
    out.append("</body></html>")
    return "".join(out)
