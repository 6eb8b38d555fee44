"""Stage 2d: itemised costs: runs of lines that end in an amount, closed by a total.

A table, a dotted list or a bulleted list in a letter all look alike here: text, then an
amount at the right end of the line. The run's total line gives a claimed-amount candidate.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.documents.candidates import Collector
from core.documents.layout import Cell, Line, unquoted
from core.documents.lexicon import match_label
from core.documents.validate import (
    AMOUNT_PATTERN,
    CODES,
    CODES_NOT_DOLLAR,
    DATE_PATTERN,
    RAND,
    parse_amount,
)

TRAILING_AMOUNT = re.compile(
    rf"(?P<amount>(?:(?:\b(?:US|CA|C|AU|A|NZ|S))?\$|€|£|₹|\b(?:{CODES_NOT_DOLLAR})\b|{RAND})?"
    rf"\s?-?\d[\d,.\u202f '’]*\d(?:\s?"
    rf"(?:€|{CODES_NOT_DOLLAR}|\$\s?CAN?))?)\s*$")
TOTAL = re.compile(r"\b(?:totals?|sum|amount claimed|claimed|balance|due|estimated loss|"
                   r"loss amount|amount of loss)\b", re.I)
TAXES = r"tax|vat|gst|hst|pst|qst|mwst|ust|tva|iva|btw"
# a payment term under an estimate's total ("Deposit on acceptance 30%"), not a "Hotel deposit" lost
DEPOSIT_TERM = r"deposit\s+(?:on\s+acceptance|due|payable|required|to\s+be\s+paid)"
SKIP = re.compile(rf"\b(?:sub-?total|{TAXES}|excess|deductible|discount|paid|{DEPOSIT_TERM})\b",
                  re.I)
ADDED = re.compile(rf"\b(?:{TAXES})\b", re.I)  # on top of the rows
# taken off them
TAKEN = re.compile(rf"\b(?:excess|deductible|discount|paid|less|{DEPOSIT_TERM})\b", re.I)
SUBTOTAL = re.compile(r"\bsub-?\s?total\b|\b(?:excl(?:uding|usive\s+of|\.)?|before|net\s+of|ex\.?)"
                      r"\s+(?:vat|tax|gst)\b", re.I)
# "incl. VAT" (OCR reads its l as an I: "incI. tax")
INCLUSIVE = re.compile(r"\b(?:inc[li](?:uding|usive\s+of|\.)?|inc\.?|with)\s+(?:vat|tax|gst)\b",
                       re.I)
# A page's running sum repeated at the foot and head of the next page: neither a cost nor a
# total, and the rows run on across it.
CARRIED = re.compile(r"\b(?:carried|brought|balance|carry)\s+(?:forward|fwd|over)\b|"
                     r"\b[bc]/f\b|\b(?:übertrag|vortrag|à reporter|reporté)\s*[:.]?\s*$|"
                     r"\b(?:from|to) (?:the )?(?:previous|next) page\b", re.I)
DOLLAR_CODE = re.compile(r"\s+(?:[A-Z]{2}D|[A-Z]{1,2}\$)$")
BULLET = re.compile(r"^[\s\-–•*·]+")
DATEISH = re.compile(r"\b(?:19|20)\d\d$")


# A cell of a count or an age with its unit ("7 yrs", "2 pcs", "3 hrs"): no part of the description.
MEASURE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:yrs?|years?|months?|mths?|mos?|pcs?|pieces?|units?|"
                     r"hrs?|hours?|days?|nights?|jahre?|ans?|años?|jaar)\.?", re.I)
ITEM_NUMBER = re.compile(r"^(?:\d{1,3}[.)]|\(?[a-z]\))\s+(?=\w)", re.I)
QUANTITY = re.compile(r"\s+\d+(?:[.,]\d+)?\s*(?:x|×|@)\s*(?:[$€£]\s?)?\d[\d.,]*(?:\s*each)?\s*=?$",
                      re.I)


def _bare_description(text: str) -> str:
    """A row's words without its item number, its date or its quantity and unit price:
    "3. 12/02/2026 Brake pads 2 x 45.00 =" -> "Brake pads"."""
    text = ITEM_NUMBER.sub("", text.strip())
    date = DATE_PATTERN.match(text)
    if date and re.match(r"\s+[A-Za-z]", text[date.end():]):
        text = text[date.end():].strip()
    text = QUANTITY.sub("", text).strip(" =")
    return text.strip(" .:-–")


# A column heading that names the money a row costs, and headings of the other numbers a row
# may carry (how many, the price of one, the year bought, the date, a row number).
AMOUNT_HEADING = re.compile(r"\b(?:amount|total|line\s+total|sum|betrag|summe|gesamt|montant|"
                            r"importe|importo|bedrag|cost|value|price|wert|preis|prix|charge|rcv)\b",
                            re.I)
OTHER_HEADING = re.compile(r"\b(?:qty|quantity|units?|each|rate|per|year|jahr|ann[ée]e|age|"
                           r"date|datum|no\.?|nr\.?|number|anzahl|menge|st[üu]ck|qt[ée]|%)(?!\w)",
                           re.I)
# A property estimate's replacement cost ("RCV"), the amount claimed, before depreciation and
# beside the actual cash value ("ACV") after it
STRONG_HEADING = re.compile(r"\b(?:amount|total|betrag|summe|montant|importe|importo|bedrag|"
                            r"rcv|replacement\s+cost(?:\s+value)?)\b", re.I)


def _wrapped_heading(line: Line, below: Line | None) -> Line:
    """A heading row whose headings wrap onto a second line ("Replacement" / "cost"): the
    row with each heading's second line joined to it."""
    if below is None or below.page != line.page or len(line.cells) < 2 or \
            below.top - line.bottom > 0.8 * line.height or \
            any(c.isdigit() for c in below.text) or len(below.cells) >= len(line.cells):
        return line
    cells = []
    for i, cell in enumerate(line.cells):
        right = line.cells[i + 1].x0 if i + 1 < len(line.cells) else 10_000.0
        under = [w for c in below.cells if cell.x0 - 4 <= c.x0 < right - 2 for w in c.words]
        cells.append(Cell(cell.words + under))
    return Line(line.page, [w for c in cells for w in c.words], cells, line.index)


def amount_column(line: Line) -> tuple[float, float] | None:
    """A table's heading row: the x band of the column that holds each row's amount ("Amount"
    rather than "Qty", "Unit price" or "Year"); None when the line is no such heading row."""
    cells = line.cells
    if len(cells) < 2 or any(c.isdigit() for c in line.text.replace("%", "")):
        return None
    best: tuple[int, int] | None = None  # (strength, index)
    for i, cell in enumerate(cells):
        if not AMOUNT_HEADING.search(cell.text) or len(cell.text.split()) > 4:
            continue
        strength = 2 if STRONG_HEADING.search(cell.text) else 1
        if OTHER_HEADING.search(cell.text):
            strength -= 2
        if best is None or (strength, i) >= best:
            best = (strength, i)
    if best is None or best[0] < 1 or best[1] == 0:
        return None
    i = best[1]
    return cells[i].x0 - 2, cells[i + 1].x0 - 2 if i + 1 < len(cells) else 10_000.0


DESCRIPTION_HEADING = re.compile(r"^(?:description|item|particulars|details|work|service|"
                                 r"beschreibung|bezeichnung|omschrijving|descripci[oó]n|"
                                 r"d[ée]signation|concepto)$", re.I)


def description_column(line: Line) -> tuple[float, float] | None:
    """In a table's heading row, the x band of the description column when other columns of
    words stand before it ("Date | Payee | Ref | Description | Amount"); else None."""
    cells = line.cells
    for i, cell in enumerate(cells[1:-1], 1):
        if DESCRIPTION_HEADING.match(cell.text.strip()):
            return cell.x0 - 4, cells[i + 1].x0 - 4
    return None


# Headings of columns that say more about an item than what it is: who made or sold it, where
# it was kept. A contents list's "Item | Brand | Age | Cost": the item is the description.
ATTRIBUTE_HEADING = re.compile(r"^(?:brand|make|manufacturer|maker|model|serial(?:\s+no\.?)?|"
                               r"store|retailer|vendor|supplier|(?:where\s+)?(?:purchased|bought)"
                               r"(?:\s+(?:from|at))?|room|location|condition)$", re.I)


def attribute_columns(line: Line) -> list[tuple[float, float]]:
    """In a table's heading row, the x bands of its attribute columns (ATTRIBUTE_HEADING)."""
    cells = line.cells
    return [(c.x0 - 4, cells[i + 1].x0 - 4 if i + 1 < len(cells) else 10_000.0)
            for i, c in enumerate(cells) if i and ATTRIBUTE_HEADING.match(c.text.strip())]


def _amount_cell(line: Line, column: tuple[float, float] | None) -> int | None:
    """Which cell holds the row's amount when its numbers stand in cells of their own: the
    cell under the amount heading, else the last cell when the cell before it is a number too
    (a quantity, a unit price, a year): "1 | 993.52 | 993.52" is 993.52, not 1,993.52."""
    cells = line.cells
    if len(cells) < 2:
        return None
    if column is not None:
        under = [i for i, c in enumerate(cells) if i and column[0] <= (c.x0 + c.x1) / 2 <
                 column[1]]
        if len(under) == 1 and TRAILING_AMOUNT.fullmatch(cells[under[0]].text.strip()):
            return under[0]
    if TRAILING_AMOUNT.fullmatch(cells[-1].text.strip()) and TRAILING_AMOUNT.fullmatch(
            cells[-2].text.strip()):
        return len(cells) - 1
    return None


def _split(line: Line, column: tuple[float, float] | None = None,
           described: tuple[float, float] | None = None,
           attributes: list[tuple[float, float]] | None = None) -> tuple[str, str] | None:
    text = line.text.strip()
    own = _amount_cell(line, column)
    if own is not None:
        head, amount = " ".join(c.text for c in line.cells[:own]), line.cells[own].text.strip()
    else:
        match = TRAILING_AMOUNT.search(text)
        if not match or DATEISH.search(text):
            return None
        head, amount = text[: match.start()], match.group("amount")
    # a dollar's code before the amount ("Replacement parts AUD 2,160.42") is no description
    description = DOLLAR_CODE.sub("", BULLET.sub("", head).strip(" .:-–"))
    before = line.cells[:own] if own is not None else line.cells[:-1]
    if len(line.cells) > 2:  # a table row: the cells with words, not its number/qty/price cells
        worded = [c.text for c in before if re.search(r"[A-Za-z]{3}", c.text)
                  and not MEASURE.fullmatch(c.text.strip())
                  and not AMOUNT_PATTERN.fullmatch(c.text.strip())
                  and not DATE_PATTERN.fullmatch(c.text.strip())
                  and not any(x0 <= c.x0 < x1 for x0, x1 in attributes or [])]
        if worded:
            description = BULLET.sub("", " ".join(worded)).strip(" .:-–")
        under = [w.text for c in before for w in c.words
                 if described and described[0] <= w.x0 < described[1]]
        if under and re.search(r"[A-Za-z]{3}", " ".join(under)):
            description = " ".join(under)  # the description column's words, not the payee's
    # the amount's currency code left at the description's end: "Towing CAD 2,770.90"
    description = _bare_description(re.sub(rf"\s+(?:{CODES})$", "", description))
    if not description or not re.search(r"[A-Za-z]{3}", description):
        return None
    if not (re.search(r"[.,]\d{2}\s*(?:€|USD|EUR|GBP)?$", amount) or AMOUNT_PATTERN.match(
            amount) and re.search(r"[$€£]|USD|EUR|GBP", amount)):
        return None
    return description, amount


Run = tuple[list[dict[str, str]], Decimal | None, Line | None]


def _sum(items: list[dict[str, str]]) -> Decimal:
    return sum((Decimal(i["amount"]) for i in items), Decimal(0))


def _adds_up(items: list[dict[str, str]], total: Decimal, extra: dict[str, list[Decimal]]
             ) -> bool:
    """The rows make the total: alone, as a printed subtotal, or with the tax added on top
    and the excess or discount taken off ("Subtotal 150.00 / VAT 20% 30.00 / Total 180.00")."""
    summed = _sum(items)
    added, taken = sum(extra["added"], Decimal(0)), sum(extra["taken"], Decimal(0))
    return bool(items) and (summed in (total, total - added, total + taken,
                                       total - added + taken) or summed in extra["subtotal"])


def _with_sections(runs: list[Run], current: list[dict[str, str]], total: Decimal,
                   extra: dict[str, list[Decimal]]) -> tuple[list[dict[str, str]], bool]:
    """The rows a total adds up, and whether they do: the current run, or it with the runs
    just before it that a sub-heading ("Parts", "Labour") split off, or every table before it
    when the total is a grand total of several tables (each with its own total)."""
    if _adds_up(current, total, extra):
        return current, True
    joined = list(current)
    for items, earlier_total, _line in reversed(runs[-3:]):
        if earlier_total is not None:
            break
        joined = items + joined
        if _adds_up(joined, total, extra):
            return joined, True
    tables = [i for items, earlier_total, _line in runs if earlier_total is not None
              for i in items] + current
    if len(tables) > len(current) and _sum(tables) == total:
        return tables, True
    return current, False


def collect_items(lines: list[Line], out: Collector) -> list[dict[str, str]]:
    """The itemised list whose sum best matches a total; adds total candidates on the way."""
    runs: list[Run] = []
    current: list[dict[str, str]] = []
    extra: dict[str, list[Decimal]] = {"added": [], "taken": [], "subtotal": []}
    matched: list[dict[str, str]] | None = None
    previous: Line | None = None
    column: tuple[float, float] | None = None  # the amount column of the table in hand
    described: tuple[float, float] | None = None  # its description column, when not the first
    attributes: list[tuple[float, float]] = []  # its brand, store, room columns
    for line in lines:
        if previous is not None and line.page != previous.page:
            column = described = None
            attributes = []
        following = lines[line.index + 1] if line.index + 1 < len(lines) else None
        heading = amount_column(_wrapped_heading(line, following))
        if heading is not None:
            column, described = heading, description_column(line)
            attributes = attribute_columns(line)
        parts = _split(line, column, described, attributes)
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
        if CARRIED.search(description):
            previous = line
            continue
        try:
            amount, _currency = parse_amount(amount_text, currency_hint=out.ctx.currency)
        except ValueError:
            previous = line
            continue
        label = match_label(description)
        if label and label[0] != "claimed_amount" and column is not None and re.search(
                r"\d[.,]\d\d\b", amount_text):
            label = None  # priced in a table's amount column: "Mobile phone | $399.00" is an item
        bare = INCLUSIVE.sub("", description)  # "Total incl. VAT" is the total all the same
        if SKIP.search(bare):  # a subtotal, the tax on top, the excess taken off
            kind = "subtotal" if SUBTOTAL.search(description) else "added" if ADDED.search(
                description) else "taken" if TAKEN.search(description) else None
            if kind:
                extra[kind].append(abs(amount))
        if (TOTAL.search(bare) or (label and label[0] == "claimed_amount")) and \
                not SKIP.search(bare):
            items, adds_up = _with_sections(runs, current, amount, extra)
            grand = adds_up and matched is not None and len(items) > len(matched) and all(
                i in items for i in matched)  # a grand total over the tables before it
            out.add("claimed_amount", amount_text, line.words,
                    0.85 if grand else 0.8 if current else 0.7)
            if adds_up and (matched is None or grand):
                matched = items
                out.items_total = (amount, line.page)
            runs.append((items, amount, line))
            current = []
            extra = {"added": [], "taken": [], "subtotal": []}
        elif not SKIP.search(bare) and not label and amount:  # a row at 0.00 costs nothing
            current.append({"description": " ".join(description.split()),
                            "amount": f"{amount:.2f}"})
        previous = line
    if current:
        runs.append((current, None, None))
    if matched is not None:
        return _unnumbered(matched)
    best: list[dict[str, str]] = []
    for items, _total, _line in runs:
        if len(items) >= 2 and len(items) > len(best):
            best = items
    return _unnumbered(best) if best else _run_in_items(lines, out)


# Costs told in a sentence after a colon: "The costs are: Labour €1,512.36, Hire car (5 days)
# €760.21; Towing and storage €604.38."
COST = re.compile(r"(?P<description>[A-Z][\w '&()/-]{1,60}?)\s+(?P<amount>(?:[A-Z]{3}\s?|[$€£]\s?)"
                  r"\d[\d,]*\.\d{2})(?=\s*(?:[,;.]|$))")
COST_SEPARATOR = re.compile(r"\s*[,;]\s*(?:and\s+)?")


def _run_in_items(lines: list[Line], out: Collector) -> list[dict[str, str]]:
    """No rows of costs: a list of them run into the text, kept only when it adds up to an
    amount the document claims."""
    text = " ".join(w.text for line in lines for w in unquoted(line.words))
    claimed = {str(c.value) for c in out.found.get("claimed_amount", [])}
    for intro in re.finditer(r":\s+", text):
        items: list[dict[str, str]] = []
        pos = intro.end()
        while (cost := COST.match(text, pos)) is not None:
            try:
                amount, _currency = parse_amount(cost.group("amount"),
                                                 currency_hint=out.ctx.currency)
            except ValueError:
                break
            items.append({"description": cost.group("description"), "amount": f"{amount:.2f}"})
            separator = COST_SEPARATOR.match(text, cost.end())
            if separator is None:
                break
            pos = separator.end()
        if len(items) >= 2 and f"{_sum(items):.2f}" in claimed:
            return items
    return []


SUB_ITEM = re.compile(r"^(\d{1,2})\.\d{1,2}\s+(?=[A-Za-z])")


def _unnumbered(items: list[dict[str, str]]) -> list[dict[str, str]]:
    """Rows numbered under one section of a form ("6.1 Glazing", "6.2 Carpet") lose the
    number; a lone "2.5 metres of fence" keeps it."""
    numbers = [SUB_ITEM.match(i["description"]) for i in items]
    if len(items) < 2 or not all(numbers) or len({n.group(1) for n in numbers if n}) > 1:
        return items
    return [{**i, "description": i["description"][n.end():]}
            for i, n in zip(items, numbers, strict=True) if n]
