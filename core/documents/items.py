"""Stage 2d: itemised costs: runs of lines that end in an amount, closed by a total.

A table, a dotted list or a bulleted list in a letter all look alike here: text, then an
amount at the right end of the line. The run's total line gives a claimed-amount candidate.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.documents.candidates import Collector
from core.documents.layout import Line
from core.documents.lexicon import match_label
from core.documents.validate import AMOUNT_PATTERN, parse_amount

TRAILING_AMOUNT = re.compile(
    r"(?P<amount>(?:US\$|\$|€|£|\b(?:USD|EUR|GBP)\b)?\s?-?\d[\d,.\u202f ]*\d(?:\s?(?:€|USD|EUR|"
    r"GBP))?)\s*$")
TOTAL = re.compile(r"\b(?:total|sum|amount claimed|claimed|balance|due|estimated loss|"
                   r"loss amount|amount of loss)\b", re.I)
SKIP = re.compile(r"\b(?:sub-?total|tax|vat|gst|excess|deductible|discount|paid)\b", re.I)
BULLET = re.compile(r"^[\s\-–•*·]+")
DATEISH = re.compile(r"\b(?:19|20)\d\d$")


def _split(line: Line) -> tuple[str, str] | None:
    text = line.text.strip()
    match = TRAILING_AMOUNT.search(text)
    if not match or DATEISH.search(text):
        return None
    description = BULLET.sub("", text[: match.start()]).strip(" .:-–")
    if len(line.cells) > 2:  # a table row: the cells with words, not its number/qty/price cells
        worded = [c.text for c in line.cells[:-1] if re.search(r"[A-Za-z]{3}", c.text)
                  and not AMOUNT_PATTERN.fullmatch(c.text.strip())]
        if worded:
            description = BULLET.sub("", " ".join(worded)).strip(" .:-–")
    amount = match.group("amount")
    if not description or not re.search(r"[A-Za-z]{3}", description):
        return None
    if not (re.search(r"[.,]\d{2}\s*(?:€|USD|EUR|GBP)?$", amount) or AMOUNT_PATTERN.match(
            amount) and re.search(r"[$€£]|USD|EUR|GBP", amount)):
        return None
    return description, amount


def _with_sections(runs: list[tuple[list[dict[str, str]], Decimal | None, Line | None]],
                   current: list[dict[str, str]], total: Decimal) -> list[dict[str, str]]:
    """The rows a total adds up: the current run, or it with the runs just before it that a
    sub-heading ("Parts", "Labour") split off, when only together they make the total."""
    if sum((Decimal(i["amount"]) for i in current), Decimal(0)) == total:
        return current
    joined = list(current)
    for items, earlier_total, _line in reversed(runs[-3:]):
        if earlier_total is not None:
            break
        joined = items + joined
        if sum((Decimal(i["amount"]) for i in joined), Decimal(0)) == total:
            return joined
    return current


def collect_items(lines: list[Line], out: Collector) -> list[dict[str, str]]:
    """The itemised list whose sum best matches a total; adds total candidates on the way."""
    runs: list[tuple[list[dict[str, str]], Decimal | None, Line | None]] = []
    current: list[dict[str, str]] = []
    previous: Line | None = None
    for line in lines:
        parts = _split(line)
        near = previous is not None and line.page == previous.page and \
            line.top - previous.bottom < 3.5 * line.height
        if current and not near:
            runs.append((current, None, None))
            current = []
        if parts is None and previous is not None and line.height < 0.85 * previous.height \
                and not any(c.isdigit() for c in line.text):
            continue  # a caption under the row ("Item or service | Amount"): look through it
        if parts is None:
            if current:
                runs.append((current, None, None))
                current = []
            previous = line
            continue
        description, amount_text = parts
        try:
            amount, _currency = parse_amount(amount_text, currency_hint=out.ctx.currency)
        except ValueError:
            previous = line
            continue
        label = match_label(description)
        if TOTAL.search(description) or (label and label[0] == "claimed_amount"):
            if not SKIP.search(description):
                score = 0.8 if current else 0.7
                out.add("claimed_amount", amount_text, line.words, score)
                runs.append((_with_sections(runs, current, amount), amount, line))
            current = []
        elif not SKIP.search(description) and not label:
            current.append({"description": " ".join(description.split()),
                            "amount": f"{amount:.2f}"})
        previous = line
    if current:
        runs.append((current, None, None))
    best: list[dict[str, str]] = []
    for items, total, _line in runs:
        if len(items) < 1:
            continue
        summed = sum(Decimal(i["amount"]) for i in items)
        if total is not None and summed == total:
            return items
        if len(items) >= 2 and len(items) > len(best):
            best = items
    return best
