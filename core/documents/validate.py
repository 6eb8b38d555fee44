"""Parsing and checking extracted values into the contract's normal forms.

Each `parse_*` takes text as printed and returns the normal form, or raises ValueError saying
what is wrong; the pipeline keeps a value that fails as printed, with a warning, never
"correcting" or dropping it.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from core.validation import normalize_email, normalize_phone

MONTHS = {
    name: i + 1
    for i, names in enumerate((
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
        ("december", "dec"),
    ))
    for name in names
}
# German, Spanish and Dutch month names ("18. Februar 2026", "6 de marzo de 2026", "15 augustus").
MONTHS |= {
    name: i + 1
    for i, names in enumerate((
        ("januar", "jänner", "enero", "januari"), ("februar", "febrero", "februari"),
        ("märz", "maerz", "marzo", "maart"), ("abril",), ("mai", "mayo", "mei"), ("juni", "junio"),
        ("juli", "julio"), ("agosto", "augustus"),
        ("septiembre", "setiembre"), ("oktober", "okt", "octubre"), ("noviembre",),
        ("dezember", "dez", "diciembre"),
    ))
    for name in names
}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
         r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|j[aä]nner|februar|" \
         r"m[aä]e?rz|mai|juni|juli|okt(?:ober)?|dez(?:ember)?|enero|febrero|marzo|abril|mayo|" \
         r"januari|februari|maart|mei|augustus|" \
         r"junio|julio|agosto|s[ei]p?tiembre|octubre|noviembre|diciembre)\.?"
DATE_PATTERN = re.compile(
    rf"""(?ix)\b(?:
        (?P<iso>(?P<iy>\d{{4}})(?P<isep>[-/.])(?P<im>\d{{1,2}})(?P=isep)(?P<id>\d{{1,2}}))
      | (?P<num>(?P<n1>\d{{1,2}})(?P<sep>[/.-])(?P<n2>\d{{1,2}})(?P=sep)(?P<ny>\d{{4}}|\d{{2}}))
      | (?P<legal>(?P<ld>\d{{1,2}})(?:st|nd|rd|th)?\s+day\s+of\s+(?P<lm>{_MONTH})\s*,?\s*
                (?P<ly>(?:19|20)\s?\d\d))  # a sworn form's "the 30th day of May, 20 26"
      | (?P<dmy>(?P<dd>\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s+(?:of\s+|de\s+)?|-)(?P<dm>{_MONTH}),?
                [\s-]+(?:de\s+)?(?P<dy>\d{{4}}))
      | (?P<mdy>(?P<mm>{_MONTH})\s*(?P<md>\d{{1,2}})(?:st|nd|rd|th)?
                (?:,\s*|\.\s+(?=(?:19|20)\d\d)|\s+)(?P<my>\d{{4}}))  # OCR reads the comma as "."
    )(?:\b|(?=T\d))"""
)
CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "C$": "CAD", "CA$": "CAD",
                  "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "₹": "INR", "Rs.": "INR", "Rs": "INR",
                  "Fr.": "CHF", "SFr.": "CHF", "$CA": "CAD", "$CAN": "CAD", "$US": "USD",
                  "S$": "SGD", "R": "ZAR"}
CURRENCY_CODES = ("USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "MXN", "INR", "ZAR",
                  "SGD")
DOLLARS = ("USD", "CAD", "AUD", "NZD")
# The codes as one regex alternation; and those that may stand beside a bare "$" (the other
# dollars' codes are matched by where they stand, in regions.DOLLAR_CODE).
CODES = "|".join(CURRENCY_CODES)
CODES_NOT_DOLLAR = "|".join(c for c in CURRENCY_CODES if c not in DOLLARS[1:])
# The South African rand's "R" only before an amount with cents: "R 12 345,67", "R1,250.00".
RAND = r"\bR(?=\s?\d{1,3}(?:[\s,.\u202f]\d{3})*[.,]\d{2}\b)"
AMOUNT_PATTERN = re.compile(
    r"""(?x)
    (?P<pre>(?:\b(?:US|CA|C|AU|A|NZ|S))?\$|€|£|₹|\bRs\.?|\b(?:""" + CODES + r""")\b|
    \bS?Fr\.(?=\s?\d)|""" + RAND + r""")?
    \s?(?P<num>-?\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d{1,2})?  # Indian lakhs: 1,12,652.80
      |-?\d{1,3}(?:[,.\u202f '’]\d{3})+(?:[.,]\d{1,2})?|-?\d+(?:[.,]\d{1,2})?)
    (?:\s?(?P<post>€|\b(?:""" + CODES + r""")\b
      |\$\s?(?:CAN?|US)\b))?  # French-Canadian "1 234,56 $ CA"
    """
)
VIN_PATTERN = re.compile(r"\b[A-HJ-NPR-Z0-9]{17}\b")
_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def parse_date(text: str, *, day_first: bool = False) -> date:
    """ISO date from a printed date; `day_first` reads 03/04/2026 as 3 April (EU, UK)."""
    match = DATE_PATTERN.search(text or "")
    if not match:
        raise ValueError(f"{text!r} is not a date")
    g = match.groupdict()
    try:
        if g["iso"]:
            return date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g["num"]:
            first, second, year = int(g["n1"]), int(g["n2"]), int(g["ny"])
            year += 2000 if year < 100 else 0
            dotted = g["sep"] == "."
            if dotted or day_first or first > 12:
                return date(year, second, first)
            return date(year, first, second)
        if g["legal"]:  # the century printed on the form, the year's last digits filled in
            return date(int(g["ly"].replace(" ", "")), MONTHS[g["lm"].rstrip(".").lower()],
                        int(g["ld"]))
        if g["dmy"]:
            return date(int(g["dy"]), MONTHS[g["dm"].rstrip(".").lower()], int(g["dd"]))
        return date(int(g["my"]), MONTHS[g["mm"].rstrip(".").lower()], int(g["md"]))
    except ValueError as exc:
        raise ValueError(f"{match.group(0)!r} is not a valid date ({exc})") from exc


def _number(text: str, currency: str | None) -> Decimal:
    digits = re.sub(r"[\u202f '’]", "", text)  # Swiss 1'234.50 groups with an apostrophe
    commas, dots = digits.count(","), digits.count(".")
    if commas and dots:
        decimal_sep = "," if digits.rfind(",") > digits.rfind(".") else "."
    elif commas:
        tail = digits.rsplit(",", 1)[1]
        decimal_sep = "," if commas == 1 and len(tail) <= 2 else "."
    elif dots > 1 and len(digits.rsplit(".", 1)[1]) == 2:
        # 15.929.50: OCR read the grouping comma as a dot; two places after the last is cents.
        head, tail = digits.rsplit(".", 1)
        digits, decimal_sep = head.replace(".", ",") + "." + tail, "."
    elif dots:
        tail = digits.rsplit(".", 1)[1]
        # 12.480 in a euro document is twelve thousand; elsewhere a dot is a decimal point.
        decimal_sep = "," if (dots > 1 or (len(tail) == 3 and currency == "EUR")) else "."
    else:
        decimal_sep = "."
    thousands = "." if decimal_sep == "," else ","
    normal = digits.replace(thousands, "").replace(decimal_sep, ".")
    try:
        return Decimal(normal)
    except InvalidOperation as exc:
        raise ValueError(f"{text!r} is not an amount") from exc


def parse_amount(text: str, *, currency_hint: str | None = None) -> tuple[Decimal, str | None]:
    """(amount with two places, ISO currency or None) from `$12,480.50`, `12.480,50 EUR`...

    A bare "$" is the dollar of `currency_hint` when the hint is a dollar (CAD, AUD), else USD.
    """
    best = None
    for match in AMOUNT_PATTERN.finditer(text or ""):
        if best is None or (match.group("pre") or match.group("post")):
            best = match
            if match.group("pre") or match.group("post"):
                break
    if best is None:
        raise ValueError(f"{text!r} is not an amount")
    mark = re.sub(r"\s", "", best.group("pre") or best.group("post") or "")
    currency = CURRENCY_SIGNS.get(mark, mark.upper()) if mark else None
    if mark == "$" and currency_hint in DOLLARS:
        currency = currency_hint
    amount = _number(best.group("num"), currency or currency_hint)
    if (text or "")[: best.start()].rstrip().endswith("-") or (text or "")[
            best.start():best.end()].lstrip().startswith("-"):
        amount = -abs(amount)  # -$120.00 and $-120.00 alike
    if amount < 0:
        raise ValueError(f"{best.group(0).strip()!r} is negative")
    return amount.quantize(Decimal("0.01")), currency


def vin_check_digit_ok(vin: str) -> bool:
    """True when the ninth character is the VIN's check digit (ISO 3779, North America)."""
    if len(vin) != 17 or any(c not in _VIN_VALUES for c in vin):
        return False
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True))
    check = total % 11
    return vin[8] == ("X" if check == 10 else str(check))


def parse_vin(text: str) -> str:
    vin = re.sub(r"[\s-]", "", text or "").upper()
    if len(vin) != 17:
        raise ValueError(f"{text!r} is not 17 characters long")
    if not vin_check_digit_ok(vin):
        raise ValueError(f"{vin} fails the VIN check digit")
    return vin


def parse_email(text: str) -> str:
    return normalize_email(text)


def parse_phone(text: str, *, region: str = "US") -> str:
    return normalize_phone(text, default_region=region)
