"""Stage 2a: the document's country conventions: its currency, date order and phone region.

A "$" is the US dollar unless the document says otherwise: a dollar code printed anywhere
("CAD", "A$", "AUD 1,200.00") names the dollar, and so do the document's addresses and phones
when most of them are Canadian (postal code "K1A 0B1") or Australian (state and four-digit
postcode "VIC 3918", "+61" numbers) rather than American (state and ZIP "IL 62704").
"""

from __future__ import annotations

import re
from collections import Counter

from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

from core.documents.candidates import Context
from core.documents.layout import Line
from core.documents.validate import CURRENCY_SIGNS, DOLLARS

CURRENCY_MARK = re.compile(r"(?:\b(?:US|CA|C|AU|A|NZ))?\$|€|£|₹|\bRs\.(?=\s?\d)|"
                           r"\b(?:USD|EUR|GBP|CHF|MXN|INR)\b")
# A dollar's code counts beside an amount or as a column's unit ("(AUD)"): alone, "CAD" is as
# often a police dispatch reference ("CAD 5221/26", "CAD / incident no.").
DOLLAR_CODE = re.compile(r"\b(CAD|AUD|NZD)(?=\s?\d{1,3}(?:[,.\u202f ]?\d{3})*[.,]\d{2}\b)|"
                         r"(?<=\d[.,]\d\d)\s?(CAD|AUD|NZD)\b|\((CAD|AUD|NZD)\)|"
                         r"(?<=[Aa]mount\s)(CAD|AUD|NZD)\b")  # a column's unit: "Amount AUD"

# A currency stated by a label of its own: "Currency: CAD", a data export's "CCY CAD".
STATED_CURRENCY = re.compile(r"\b(?:currency|ccy|curr?|w[aä]hrung|devise|moneda|valuta)\b"
                             r"\s*[:#]?\s*(USD|EUR|GBP|CAD|AUD|NZD|CHF|MXN|INR)\b", re.I)
PROVINCES = r"(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)"
CANADIAN = re.compile(rf"\b{PROVINCES},?\s+[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d\b")
AUSTRALIAN = re.compile(r"\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT),?\s+\d{4}\b|\+61[\s\d]")
AMERICAN = re.compile(r"\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?\b")
DATE_ORDER = re.compile(r"\b(DD|MM|JJ)\s?[/.-]?\s?(?:MM|DD|JJ)\s?[/.-]?\s?(?:YYYY|YY|AAAA|AA)\b")


def _dollar_country(text: str) -> str | None:
    """CAD or AUD when most of the document's addresses and phones are that country's."""
    found = {"CAD": len(CANADIAN.findall(text)), "AUD": len(AUSTRALIAN.findall(text)),
             "USD": len(AMERICAN.findall(text))}
    best = max(found, key=lambda k: found[k])
    return best if best != "USD" and found[best] > found["USD"] else None


EIRCODE = re.compile(r"\b[AC-FHKNPRTV-Y]\d[\dW]\s?[\dAC-FHKNPRTV-Y]{4}\b")
DUTCH_POSTCODE = re.compile(r"\b[1-9]\d{3}\s?[A-Z]{2}\b(?=,|\s+[A-Z][a-z])")
PRINTED_CODE = re.compile(r"(?<![\w+])\+(\d{1,3})")


def _euro_country(text: str) -> str:
    """A euro document's country for phones without a country code: the one its international
    numbers print most ("+353 1 ..."), else its postcodes' (an Eircode, a Dutch "1503 BF"),
    else Germany."""
    counted: Counter[str] = Counter()
    for match in PRINTED_CODE.finditer(text):
        digits = match.group(1)
        code = next((int(digits[:n]) for n in (3, 2, 1) if int(digits[:n] or 0) in
                     COUNTRY_CODE_TO_REGION_CODE), None)
        if code is not None:
            counted[COUNTRY_CODE_TO_REGION_CODE[code][0]] += 1
    counted.update({"IE": len(EIRCODE.findall(text)), "NL": len(DUTCH_POSTCODE.findall(text)),
                    "US": 0, "GB": 0})  # a British agent's number says nothing of a euro claimant's
    best = counted.most_common(1)[0]
    return best[0] if best[1] else "DE"


def read_context(lines: list[Line]) -> Context:
    """The document's currency (None when it prints none), date order and phone region."""
    text = " ".join(ln.text for ln in lines)
    marks = [CURRENCY_SIGNS.get(m, m) if m != "$" else m for m in CURRENCY_MARK.findall(text)]
    marks += ["".join(m) for m in DOLLAR_CODE.findall(text)]
    named = Counter(m for m in marks if m in DOLLARS and m != "USD")
    dollar = named.most_common(1)[0][0] if named else _dollar_country(text) or "USD"
    counted = Counter(dollar if m == "$" else m for m in marks)
    currency = counted.most_common(1)[0][0] if counted else None
    stated = Counter(code.upper() for code in STATED_CURRENCY.findall(text))
    if stated:  # said outright, it outweighs the signs
        currency = stated.most_common(1)[0][0]
    order = DATE_ORDER.search(text)
    region = "DE" if currency != "EUR" else _euro_country(text)
    region = {"GBP": "GB", "EUR": region, "AUD": "AU", "NZD": "NZ", "CAD": "CA", "CHF": "CH",
              "MXN": "MX", "INR": "IN"}.get(currency or _dollar_country(text) or "", "US")
    day_first = order.group(1) != "MM" if order else currency in (
        "EUR", "GBP", "AUD", "NZD", "CHF", "MXN", "INR") or region == "AU" or bool(
        re.search(r"\+(?:4[1349]|3[34]|52)\b", text))
    return Context(currency=currency, day_first=day_first, region=region)
