"""Stage 2a: words into lines and cells (runs of words separated by a wide gap or a leader).

A cell is the unit a label or a value lives in: "Policy #: AU-9858-220" on a form line, one box
of a boxed form, one column of a table row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from core.documents.lexicon import ocr_respelt
from core.documents.pdf_text import DocumentText, Word

LEADER = re.compile(r"[.·_…]{3,}|-{4,}")
OCR_DOTS = re.compile(r"[.…]{1,2}")  # not a lone "·", a separator between items
GAP_FACTOR = 1.1  # a gap wider than this many line heights starts a new cell
# OCR boxes are taller than the glyphs, so a column gap can look narrow against them; where the
# engine itself ended one text line and began another, this narrower gap is already a new cell.
OCR_SPLIT_GAP = 0.7


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

    @property
    def level(self) -> float:
        """Where the line stands, to measure line pitch by: its top on a text layer; on an OCR
        line the middle of its boxes (their tops move with the glyphs a line happens to hold)."""
        if self.words[0].line < 0:
            return self.top
        return median((w.top + w.bottom) / 2 for w in self.words)


def _split_leaders(word: Word) -> list[Word]:
    """'number.......POL-1' -> 'number', 'POL-1' with boxes shared out by characters.

    OCR reads a dotted leader in pieces, often as lone '.' or '..' words; on an OCR line such
    a word is a leader too (the engine reads a sentence's full stop onto the word before it).
    """
    if word.line >= 0 and OCR_DOTS.fullmatch(word.text):
        return [Word("\u2026", word.page, word.x0, word.top, word.x1, word.bottom,
                     word.confidence, word.line)]
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


# OCR runs a short word into the figure after it when the space is narrow ("on28-Aug-2026"),
# and a house number into its street's name ("6565Mill Road").
GLUED = re.compile(r"(?P<word>on|at|of|by|to|in|from|dated|since|until)(?P<figure>\d\S*)|"
                   r"(?P<number>\d{1,5})(?P<name>[A-Z][a-z]{2,}\W?)|"
                   r"(?P<lower>[a-z]{2,})(?P<pronoun>I(?:'[a-z]{1,2})?[,.]?)")  # "whenI"


def _split_glued(word: Word) -> list[Word]:
    """'on28-Aug-2026' ('6565Mill') on an OCR line -> 'on', '28-Aug-2026' with the box shared
    by characters;
    a label's word with one character misread is put right."""
    if word.line < 0:
        return [word]
    glued = GLUED.fullmatch(word.text)
    if glued is None:
        respelt = ocr_respelt(word.text)  # "clalm" -> "claim": a label's word misread
        return [word if respelt == word.text else Word(
            respelt, word.page, word.x0, word.top, word.x1, word.bottom, word.confidence,
            word.line)]
    first, second = ("word", "figure") if glued.group("word") else ("number", "name") \
        if glued.group("number") else ("lower", "pronoun")
    width = (word.x1 - word.x0) / len(word.text)
    cut = word.x0 + glued.end(first) * width
    return [Word(glued.group(first), word.page, word.x0, word.top, cut, word.bottom,
                 word.confidence, word.line),
            Word(glued.group(second), word.page, cut, word.top, word.x1, word.bottom,
                 word.confidence, word.line)]


SMALL_L = re.compile(r"l[b-df-hj-np-tv-z][a-z]+")


def _capital_i(cell_words: list[Word]) -> list[Word]:
    """'Arjun lyer': in a cell of capitalised words, OCR's 'l' before a consonant starting
    a word is the capital 'I' of a name ('Iyer', 'Ibsen')."""
    if len(cell_words) < 2 or not all(w.text[:1].isupper() for w in cell_words
                                      if not SMALL_L.fullmatch(w.text)):
        return cell_words
    return [Word("I" + w.text[1:], w.page, w.x0, w.top, w.x1, w.bottom, w.confidence, w.line)
            if w.line >= 0 and SMALL_L.fullmatch(w.text) else w for w in cell_words]


def _pitch(steps: list[float]) -> float | None:
    """The box pitch of a run of characters, or None when the steps are not whole boxes of it
    (an empty box between two characters is a step of two pitches)."""
    unit = min(steps)
    if unit <= 0 or any(abs(s / unit - round(s / unit)) > 0.12 for s in steps):
        return None
    return median(s / round(s / unit) for s in steps)


def _pitch_runs(run: list[Word]) -> list[list[Word]]:
    """Where a row of character boxes changes its box width, the next field's boxes begin:
    'P D - 8 2 8 6' in wide boxes then '1 8 . 1 0 . 1 9 7 9' in narrow ones are two values."""
    centres = [(w.x0 + w.x1) / 2 for w in run]
    steps = [b - a for a, b in zip(centres, centres[1:], strict=False)]
    for k in range(3, len(run) - 2):
        left, right = _pitch(steps[:k - 1]), _pitch(steps[k:])
        if left and right and abs(left - right) > 0.12 * max(left, right):
            return [run[:k], *_pitch_runs(run[k:])]
    return [run]


SPACED_DOT = re.compile(r"[.·…]{1,2}")


def _spaced_leaders(row: list[Word]) -> list[Word]:
    """A leader set as spaced dots (". . . . ."), each a word of its own in a text layer: three
    or more in a row are one leader, a cell boundary like a leader set solid."""
    out: list[Word] = []
    run: list[Word] = []
    for word in [*row, None]:
        if word is not None and SPACED_DOT.fullmatch(word.text):
            run.append(word)
            continue
        if len(run) >= 3:
            out.append(Word("\u2026", run[0].page, run[0].x0, run[0].top, run[-1].x1,
                            run[-1].bottom, run[0].confidence, run[0].line))
        else:
            out.extend(run)
        run = []
        if word is not None:
            out.append(word)
    return out


def _join_boxed(words: list[Word]) -> list[Word]:
    """'N M I 8 7 8' typed one character per box -> one word 'NMI878' (4 or more in a row)."""
    out: list[Word] = []
    run: list[Word] = []

    def flush() -> None:
        if len(run) >= 6:
            parts = _pitch_runs(run)
            if len(parts) > 1:
                for part in parts:
                    run[:] = part
                    flush()
                return
        gaps = [b.x0 - a.x1 for a, b in zip(run, run[1:], strict=False)]
        even = len(run) == 3 and max(gaps) - min(gaps) < 0.3 * (run[0].bottom - run[0].top)
        if len(run) >= 4 or (even and all(w.text.isalnum() and not w.text.islower() for w in run)):
            pitch = median(gaps)
            text = run[0].text + "".join(  # an empty box between characters is a space
                (" " if gap > 1.6 * pitch + 1 else "") + w.text for gap, w in zip(
                    gaps, run[1:], strict=True))
            out.append(Word(text.replace(" ", "") if text.count(" ") > len(text) / 3 else text,
                            run[0].page, run[0].x0, min(w.top for w in run), run[-1].x1,
                            max(w.bottom for w in run), min(w.confidence for w in run),
                            run[0].line))
        else:
            out.extend(run)
        run.clear()

    for word in words:
        single = len(word.text) == 1 and word.text != "\u2026"
        if single and run and word.x0 - run[-1].x1 > 3 * (word.bottom - word.top):
            flush()
        if single:
            run.append(word)
        else:
            flush()
            out.append(word)
    flush()
    return out


# A data export's column code ("PD_RPT#", "LOSS_LOC"): a long value in the cell before it runs
# on right up to it, yet the code starts a cell of its own.
EXPORT_CODE = re.compile(r"[A-Z]{2,}(?:_[A-Z]{2,})+#?")


def _cells(words: list[Word], height: float) -> list[Cell]:
    cells: list[Cell] = []
    current: list[Word] = []
    for word in _join_boxed(words):
        leader = word.text == "\u2026"
        gap = word.x0 - current[-1].x1 if current else 0.0
        split = current and current[-1].line >= 0 and word.line >= 0 and (
            current[-1].line != word.line)
        if current and (leader or gap > (OCR_SPLIT_GAP if split else GAP_FACTOR) * height
                        or EXPORT_CODE.fullmatch(word.text)):
            cells.append(Cell(current))
            current = []
        if not leader:
            current.append(word)
    if current:
        cells.append(Cell(current))
    return [Cell(_capital_i(c.words)) for c in cells]


def _skew(words: list[Word]) -> float:
    """The page's tilt (dy per dx) from the OCR engine's own lines; 0 for a text layer."""
    by_line: dict[int, list[Word]] = {}
    for word in words:
        if word.line >= 0:
            by_line.setdefault(word.line, []).append(word)
    slopes = []
    for line_words in by_line.values():
        first, last = min(line_words, key=lambda w: w.x0), max(line_words, key=lambda w: w.x1)
        dx = (last.x0 + last.x1 - first.x0 - first.x1) / 2
        if dx > 80:
            slopes.append(((last.top + last.bottom) - (first.top + first.bottom)) / 2 / dx)
    return median(slopes) if len(slopes) >= 3 else 0.0


def _units(words: list[Word]) -> list[list[Word]]:
    """Words that must share a line: one OCR line each, or single words of a text layer."""
    units: dict[object, list[Word]] = {}
    for i, word in enumerate(words):
        units.setdefault(("ocr", word.line) if word.line >= 0 else i, []).append(word)
    return list(units.values())


QUOTE_MARK = re.compile(r"^(?:>\s?)+")


def unquoted(row: list[Word]) -> list[Word]:
    """A reply's quote marks ("> " before each line of the quoted message, or run into its
    first word by OCR) are no part of its sentences (header lines keep them: a quoted header
    is not the printout's own)."""
    mark = QUOTE_MARK.match(row[0].text) if row else None
    if mark is None:
        return row
    first = row[0]
    rest = first.text[mark.end():]
    if not rest:
        return row[1:]
    width = (first.x1 - first.x0) / len(first.text)
    return [Word(rest, first.page, first.x0 + mark.end() * width, first.top, first.x1,
                 first.bottom, first.confidence, first.line), *row[1:]]


def build_lines(document: DocumentText) -> list[Line]:
    """Every page's words grouped into lines (top to bottom) and cells (left to right).

    Scanned pages are often tilted; rows are grouped on positions corrected for the tilt, so
    a line's words stay together even when the page drifts across its width.
    """
    lines: list[Line] = []
    for page in document.pages:
        words = [part for w in page.words for glued in _split_glued(w)
                 for part in _split_leaders(glued)]
        slope = _skew(words)

        def level(unit: list[Word], slope: float = slope) -> float:
            return median((w.top + w.bottom) / 2 - slope * (w.x0 + w.x1) / 2 for w in unit)

        rows: list[tuple[float, float, list[Word]]] = []  # (level, half height, words)
        for unit in sorted(_units(words), key=level):
            centre = level(unit)
            half = median(w.bottom - w.top for w in unit) / 2
            for k in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
                row_level, row_half, row_words = rows[k]
                if abs(centre - row_level) <= max(row_half, half) * 0.9:
                    row_words.extend(unit)
                    break
            else:
                rows.append((centre, half, list(unit)))
        for _level, _half, row in rows:
            row.sort(key=lambda w: w.x0)
            row = _spaced_leaders(row)
            line = Line(page=page.number, words=[w for w in row if w.text != "\u2026"] or row)
            line.cells = _cells(row, line.height)
            line.words = [w for c in line.cells for w in c.words]
            if line.cells:
                lines.append(line)
    lines.sort(key=lambda ln: (ln.page, ln.top))
    for i, line in enumerate(lines):
        line.index = i
    return lines
