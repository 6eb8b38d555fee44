"""Stage 2a: words into lines and cells (runs of words separated by a wide gap or a leader).

A cell is the unit a label or a value lives in: "Policy #: AU-9858-220" on a form line, one box
of a boxed form, one column of a table row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from core.documents.pdf_text import DocumentText, Word

LEADER = re.compile(r"[.·_…]{3,}|-{4,}")
GAP_FACTOR = 1.1  # a gap wider than this many line heights starts a new cell


@dataclass
class Cell:
    words: list[Word]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1


@dataclass
class Line:
    page: int
    words: list[Word]
    cells: list[Cell] = field(default_factory=list)
    index: int = 0  # position in the document's line list

    @property
    def text(self) -> str:
        return " ".join(c.text for c in self.cells)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def height(self) -> float:
        return median(w.bottom - w.top for w in self.words)


def _split_leaders(word: Word) -> list[Word]:
    """'number.......POL-1' -> 'number', 'POL-1' with boxes shared out by characters."""
    if not LEADER.search(word.text):
        return [word]
    parts: list[Word] = []
    width = (word.x1 - word.x0) / max(1, len(word.text))
    pos = 0
    for match in [*LEADER.finditer(word.text), None]:
        end = match.start() if match else len(word.text)
        piece = word.text[pos:end]
        if piece.strip():
            parts.append(Word(piece, word.page, word.x0 + pos * width, word.top,
                              word.x0 + end * width, word.bottom, word.confidence))
        if match:
            # A zero-width marker word keeps the leader as a cell boundary.
            parts.append(Word("\u2026", word.page, word.x0 + match.start() * width, word.top,
                              word.x0 + match.end() * width, word.bottom, word.confidence))
            pos = match.end()
    return parts


def _cells(words: list[Word], height: float) -> list[Cell]:
    cells: list[Cell] = []
    current: list[Word] = []
    for word in words:
        leader = word.text == "\u2026"
        gap = word.x0 - current[-1].x1 if current else 0.0
        if current and (leader or gap > GAP_FACTOR * height):
            cells.append(Cell(current))
            current = []
        if not leader:
            current.append(word)
    if current:
        cells.append(Cell(current))
    return cells


def build_lines(document: DocumentText) -> list[Line]:
    """Every page's words grouped into lines (top to bottom) and cells (left to right)."""
    lines: list[Line] = []
    for page in document.pages:
        words = [part for w in page.words for part in _split_leaders(w)]
        words.sort(key=lambda w: (round((w.top + w.bottom) / 2), w.x0))
        rows: list[list[Word]] = []
        for word in sorted(words, key=lambda w: (w.top + w.bottom) / 2):
            centre = (word.top + word.bottom) / 2
            for row in reversed(rows[-3:]):
                top, bottom = min(w.top for w in row), max(w.bottom for w in row)
                if top <= centre <= bottom:
                    row.append(word)
                    break
            else:
                rows.append([word])
        for row in rows:
            row.sort(key=lambda w: w.x0)
            line = Line(page=page.number, words=[w for w in row if w.text != "\u2026"] or row)
            line.cells = _cells(row, line.height)
            if line.cells:
                lines.append(line)
    lines.sort(key=lambda ln: (ln.page, ln.top))
    for i, line in enumerate(lines):
        line.index = i
    return lines
