"""Stage 2b (part): a labelled value told over several rows or cells, joined into one.

A vehicle's make, model and year in rows or cells of their own, a street address's town, state
and ZIP on the rows under it, and an address's lines or boxes joined with commas (but not a
justified line's wide gaps, nor a postcode broken over two lines).
"""

from __future__ import annotations

import dataclasses
import re

from core.documents.candidates import Collector
from core.documents.layout import Cell, Line
from core.documents.pdf_text import Word
from core.documents.places import CITY_CAPTION, words_after

CODE_ONLY = re.compile(r"^(?:zip(?:\s*code)?|post\s*code|postal\s+code)\b", re.I)


def town_rows(lines: list[Line], line: Line, label: Cell) -> list[tuple[str, list[Word]]]:
    """A street address's town, state and ZIP on the rows under it, each under its own label
    ("Street address | 803 Stephen Passage" then "City, State, ZIP | New Michael, AK 39421"):
    (joint, words) per row, the joint being what goes before the row's value."""
    rows: list[tuple[str, list[Word]]] = []
    previous = line
    for nxt in lines[line.index + 1: line.index + 4]:
        head = nxt.cells[0]
        if nxt.page != line.page or nxt.top - previous.bottom > 1.6 * line.height or \
                abs(head.x0 - label.x0) > 12 or not CITY_CAPTION.match(head.text) or \
                len(head.text.split()) > 6:
            break
        _caption, sep, rest = head.text.partition(":")
        words = words_after(head, len(head.text) - len(rest)) if sep and rest.strip() else \
            [w for c in nxt.cells[1:] for w in c.words]
        if not words:
            break
        rows.append((" " if CODE_ONLY.match(head.text) else ", ", words))
        previous = nxt
    return rows


def town_boxes(lines: list[Line], value: list[Word], label: Cell) -> list[tuple[str, list[Word]]]:
    """A street address in a box with its caption above, and the town, state and ZIP in boxes
    of their own on the row under it, each captioned above ("STREET ADDRESS" / "5 Elm St" /
    "CITY | STATE | ZIP" / "Omaha | NE | 68144"): (joint, words) per box, as town_rows."""
    last = next((ln for ln in lines if ln.page == value[-1].page and value[-1] in ln.words), None)
    if last is None or last.index + 2 >= len(lines):
        return []
    captions, values = lines[last.index + 1], lines[last.index + 2]
    head = captions.cells[0]
    if captions.page != last.page or values.page != last.page or \
            captions.top - last.bottom > 2.5 * last.height or abs(head.x0 - label.x0) > 12 or \
            not CITY_CAPTION.match(head.text) or values.top - captions.bottom > 1.6 * values.height:
        return []
    rows: list[tuple[str, list[Word]]] = []
    for i, caption in enumerate(captions.cells):
        if not CITY_CAPTION.search(caption.text) or len(caption.text.split()) > 3:
            break  # the town's boxes end where another field's begin ("PHONE")
        right = captions.cells[i + 1].x0 if i + 1 < len(captions.cells) else 10_000.0
        under = [w for w in values.words if caption.x0 - 6 <= w.x0 < right - 2]
        if under:
            rows.append((" " if CODE_ONLY.match(caption.text) else ", ", under))
    return rows


YEAR_LABEL = re.compile(r"^(?:\d{1,2}[.)]\s+)?(?:(?:model|build|manufacture)\s+year|year(?:\s+of\s+"
                        r"(?:manufacture|make|build|first\s+registration))?|baujahr|"
                        r"(?:date\s+of\s+)?first\s+regist(?:ration|ered)|erstzulassung|"
                        r"primera\s+matriculaci[oó]n)\b[\s:.]*",
                        re.I)
YEAR_VALUE = re.compile(r"^(?:\d{1,2}[./-]){0,2}(19[5-9]\d|20[0-4]\d)$")  # "2016", "05.2016"


def vehicle_year(lines: list[Line], line: Line, column: float | None = None) -> list[Word]:
    """The year a make and model lack, from a row of its own next to them ("8. Make and model
    | Mini Cooper" then "9. Year of manufacture | 2022") or a cell further along their row;
    in the column that starts at `column` when the rows hold two parties' columns."""
    near = [ln for ln in lines[max(0, line.index - 2): line.index + 3] if ln.page == line.page
            and abs(ln.top - line.top) < 4 * line.height]
    for other in sorted(near, key=lambda ln: abs(ln.index - line.index)):
        for i, cell in enumerate(other.cells):
            label = YEAR_LABEL.match(cell.text)
            if not label or label.end() == 0:
                continue
            rest = words_after(cell, label.end())
            value = rest or (other.cells[i + 1].words if i + 1 < len(other.cells) else [])
            if column is not None:
                value = next((c.words for c in other.cells[i + 1:] if abs(c.x0 - column) < 12),
                             [])
            year = YEAR_VALUE.match(value[0].text) if value else None
            if year:
                return [dataclasses.replace(value[0], text=year.group(1))]
    return []


PART_LABEL = re.compile(r"^(?:vehicle\s+)?(?P<part>make|model|year)(?:\s*(?:/|&|and)\s*"
                        r"(?P<part2>make|model|year))?\s*[:.]?$", re.I)


def parts_row(line: Line) -> bool:
    """A row of a vehicle's part labels and values ("Year / Make | 2018 Ford | Model | F-150"):
    read by vehicle_parts, not as one value."""
    return any(PART_LABEL.match(c.text) for c in line.cells)


def vehicle_parts(lines: list[Line], out: Collector) -> None:
    """A vehicle told in rows of their own ("Make: Volvo", "Model: S90", "Year: 2024") or
    cells of one row: the parts joined as one make, model and year. A label may name two
    parts ("Year / Make | 2018 Ford"); with two label and value pairs a row ("Year | 2019 |
    Make | Chevrolet" over "Model | Malibu | VIN | ..."), a part on a row below stands under
    any label column the parts found so far stand in."""
    def named(found: re.Match[str]) -> list[str]:
        return [p.lower() for p in found.group("part", "part2") if p]

    for line in lines:
        for ci, cell in enumerate(line.cells[:-1]):
            label = PART_LABEL.match(cell.text)
            if not label or "make" not in named(label):
                continue
            parts: dict[str, list[Word]] = dict.fromkeys(named(label), [])
            order = [(cell.x0, line.cells[ci + 1].words)]
            columns = [cell.x0]
            near = [ln for ln in lines[line.index:line.index + 7] if ln.page == line.page and
                    ln.top - line.bottom < 8 * line.height]
            for other in near:
                for cj, part in enumerate(other.cells[:-1]):
                    found = PART_LABEL.match(part.text)
                    if not found or part is cell or not (other is line or any(
                            abs(part.x0 - x) < 8 for x in columns)) or \
                            any(p in parts for p in named(found)):
                        continue
                    parts.update(dict.fromkeys(named(found), []))
                    order.append((part.x0 + 1000 * (other.index - line.index),
                                  other.cells[cj + 1].words))
                    columns.append(part.x0)
            if "model" in parts and "year" in parts:
                words = [w for _x, ws in sorted(order, key=lambda o: o[0]) for w in ws]
                out.add("vehicle_make_model_year", " ".join(w.text for w in words), words, 0.8)


# A postcode broken over two lines, or a state or province left at a line's end before it.
SPLIT_POSTCODE = re.compile(r"^(?:[A-Z]\d[A-Z] \d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|"
                            r"[A-Z]{2,3} (?:\d{4,5}|[A-Z]\d[A-Z]))$")


def _gaps(row: list[Word]) -> list[float]:
    return [b.x0 - a.x1 for a, b in zip(row, row[1:], strict=False)]


def _justified(row: list[Word], after: list[Word] | None) -> bool:
    """Three or more words spaced alike and wider than the line after them: a justified line
    (the last line of justified text is set tight), whose wide gaps are spaces. Letters in
    comb boxes are spread on every line alike."""
    gaps = _gaps(row)
    height = row[0].bottom - row[0].top
    if len(gaps) < 2 or max(gaps) - min(gaps) > 0.15 * height or min(gaps) < 0.5 * height:
        return False
    tight = _gaps(after) if after else []
    return min(gaps) > 1.5 * (max(tight) if tight else 0.3 * height)


def joined(words: list[Word], name: str) -> str:
    """Words as text; an address's parts from separate lines or boxes get a comma between."""
    if name not in ("claimant_address", "incident_location"):
        return " ".join(w.text for w in words)
    rows: dict[float, list[Word]] = {}
    for word in words:
        rows.setdefault(round(word.top), []).append(word)
    tops = list(rows)
    justified = {top for i, top in enumerate(tops)
                 if _justified(rows[top], rows[tops[i + 1]] if i + 1 < len(tops) else None)}
    parts = [words[0].text]
    for prev, word in zip(words, words[1:], strict=False):
        apart = abs(word.top - prev.top) > 0.5 * (prev.bottom - prev.top) or \
            word.x0 - prev.x1 > 1.5 * (prev.bottom - prev.top) and \
            round(word.top) not in justified
        if word.top > prev.top and not prev.text.endswith(",") and (
                round(prev.top) in justified or SPLIT_POSTCODE.match(f"{prev.text} {word.text}")):
            apart = False  # a justified line is a wrapped one: the next line carries it on; so
            # does a postcode's second half ("ON K1A" / "0B1")
        parts.append((", " if apart and not prev.text.endswith(",") else " ") + word.text)
    return "".join(parts)
