"""Run-in statements: labels typeset inside running text, each after the last one's full stop.

"Policy no. POL-2025-100270. Claim ref. GN257926. Policyholder STANLEY, Richard. Date of
incident 11-Jun-2025. Place 43 Nielsen Steps, ..." A paragraph is read column by column (a
dense statement sets two columns side by side, every printed line holding a cell of each); each
sentence that starts with a field's label holds its value up to the next such sentence.
"""

from __future__ import annotations

import re

from core.documents.candidates import Collector, take_id
from core.documents.layout import Line
from core.documents.lexicon import match_label, names_other_party
from core.documents.pdf_text import Word

SENTENCE_START = re.compile(r"(?:^|(?<=[.;]))\s+(?=[A-Z])")
ITEM_NUMBER = re.compile(r"\s\(?[\da-z]{1,2}\.$")  # "3. Injuries": a form's item, no sentence


def _columns(lines: list[Line]) -> list[tuple[str, list[Word]]]:
    """Each column of each paragraph (lines set close together), its text and words."""
    paragraphs: list[list[Line]] = []
    previous: Line | None = None
    spacing = 0.0  # the gap between the lines of the paragraph in hand
    for line in lines:
        gap = line.top - previous.bottom if previous is not None else 0.0
        # a paragraph ends at a wide gap, or at one clearly wider than its lines' own (a
        # statement set solid, then its declaration half a line below)
        if previous is None or line.page != previous.page or gap > 1.2 * line.height or \
                len(paragraphs[-1]) > 1 and gap > 0.5 * line.height and \
                gap > spacing + 0.4 * line.height:
            paragraphs.append([])
        elif len(paragraphs[-1]) == 1 or gap < spacing:
            spacing = gap
        paragraphs[-1].append(line)
        previous = line
    return [column for paragraph in paragraphs for column in _paragraph_columns(paragraph)]


def _paragraph_columns(paragraph: list[Line]) -> list[tuple[str, list[Word]]]:
    """A paragraph's columns, keyed by where their cells start. A cell that starts where no
    other line's cell does, right of another cell of its line, is a wide gap inside that
    column's line ("... boot lid.      Vehicle Ford Transit 2016, VIN"), not a column."""
    keys: list[float] = []
    placed: list[list[float]] = []
    for line in paragraph:
        row = []
        for cell in line.cells:
            key = next((x for x in keys if abs(x - cell.x0) < 8), None)
            if key is None:
                key = cell.x0
                keys.append(key)
            row.append(key)
        placed.append(row)
    count = {key: sum(row.count(key) for row in placed) for key in keys}
    block: dict[float, tuple[list[str], list[Word]]] = {}
    for line, row in zip(paragraph, placed, strict=True):
        for i, (cell, key) in enumerate(zip(line.cells, row, strict=True)):
            if i and count[key] == 1 and len(paragraph) > 1:
                key = row[i - 1]
                row[i] = key
            texts, words = block.setdefault(key, ([], []))
            texts.append(cell.text)
            words += cell.words
    return _flowed([(" ".join(texts), words) for texts, words in block.values()])


def _flowed(columns: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    """A sentence that runs off the foot of a column carries on at the top of the next one
    ("... water came through the | kitchen ceiling and soaked the flooring."): the words up to
    that sentence's full stop join the column it began in."""
    for i in range(1, len(columns)):
        (before, before_words), (text, words) = columns[i - 1], columns[i]
        if not text[:1].islower() or before.rstrip()[-1:] in ".!?:":
            continue
        end = re.search(r"[.!?](?=\s|$)", text)
        cut = end.end() if end else len(text)
        taken = len(text[:cut].split())
        columns[i - 1] = (f"{before} {text[:cut]}", before_words + words[:taken])
        columns[i] = (text[cut:].strip(), words[taken:])
    return [(text, words) for text, words in columns if text]


INNER = re.compile(r",\s+(?=[A-Z])")
# Identifiers a statement sets after a comma inside another's sentence: "Vehicle Ford Transit
# 2016, VIN WF0KCTEL1GF2C1G2E."
INNER_FIELDS = {"vehicle_vin", "police_report_number", "claim_number", "policy_number"}


def _inner_starts(text: str, starts: list[int]) -> list[int]:
    """The starts of identifiers' labels after a comma inside a sentence that is not the
    account of the loss (whose words may be anything)."""
    found = []
    for s, e in zip(starts, [*starts[1:], len(text) + 1], strict=False):
        label = match_label(text[s - 1:e - 1])
        if label and label[0] == "incident_description":
            continue
        for m in INNER.finditer(text, s - 1, e - 1):
            inner = match_label(text[m.end():e - 1])
            if inner and inner[0] in INNER_FIELDS and take_id(text[m.end() + inner[1]:e - 1]):
                found.append(m.end() + 1)
    return found


def collect_runin(lines: list[Line], out: Collector) -> None:
    """Values after labels that start sentences inside a paragraph, two such labels or more."""
    for text, words in _columns(lines):
        starts = [m.end() for m in SENTENCE_START.finditer(" " + text)
                  if not ITEM_NUMBER.search(" " + text[:max(m.start() - 2, 0)] + ".")]
        inner = _inner_starts(text, starts)
        starts = sorted(starts + inner)
        # each sentence's label read on its own: the next one's words ("Policyholder MAY,
        # Ryan. Date of birth ...") say nothing of whose this one is
        ends = [*starts[1:], len(text) + 1]
        labelled = [(s - 1, found) for s, e in zip(starts, ends, strict=False)
                    if (found := match_label(text[s - 1:e - 1]))]
        if sum(1 for _s, found in labelled if found[0] != "other") < 2:
            continue
        # "Witness Maria John, 0113 496 0058.": the witness's details, not the claimant's
        for s, e in zip(starts, ends, strict=False):
            if names_other_party(text[s - 1:s + 20].lower()):
                out.add_decoy(text[s - 1:e - 1])
        for i, (start, (name, end)) in enumerate(labelled):
            stop = labelled[i + 1][0] if i + 1 < len(labelled) else len(text)
            value = text[start + end:stop].strip(" :;")
            if name != "incident_description":  # the account's own full stop is its end
                value = value.strip(" .:;")
            if match_label(value):
                continue  # a column of labels read down ("Address Phone (day) E-mail ..."),
                # no statement: its values stand in the next column
            if name == "other":
                out.add_decoy(value)
            elif start + 1 in inner:  # only the identifier: the sentence goes on after it
                out.add(name, take_id(value) or value, words, 0.8)
            elif value and not name.startswith("_"):
                out.add(name, value, words, 0.8)
