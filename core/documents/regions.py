"""Stage 2a: the document's country conventions: its currency, date order and phone region.

A "$" is the US dollar unless the document says otherwise: a dollar code printed anywhere
("CAD", "A$", "AUD 1,200.00") names the dollar, and so do the document's addresses, phones and
mail domains when most of them are Canadian (postal code "K1A 0B1"), Australian (state and
four-digit postcode "VIC 3918", "+61" numbers) or New Zealand's rather than American (state and
ZIP "IL 62704"): a number dialled without its country code that only one of these countries'
numbering plans allows ("(09) 382 0579", "022 970 6809" in New Zealand, "0412 555 018" in
Australia), and an e-mail or web domain under ".nz", ".au" or ".ca".
"""

from __future__ import annotations

import re
from collections import Counter

import phonenumbers

from core.documents.candidates import Context
from core.documents.layout import Line
from core.documents.validate import CODES, CODES_NOT_DOLLAR, CURRENCY_SIGNS, DOLLARS, RAND

CURRENCY_MARK = re.compile(r"(?:\b(?:US|CA|C|AU|A|NZ|S))?\$|€|£|₹|\bRs\.(?=\s?\d)|"
                           rf"\b(?:{CODES_NOT_DOLLAR})\b|\bS?Fr\.(?=\s?\d)|{RAND}")
# A dollar's code counts beside an amount or as a column's unit ("(AUD)"): alone, "CAD" is as
# often a police dispatch reference ("CAD 5221/26", "CAD / incident no.").
DOLLAR_CODE = re.compile(r"\b(CAD|AUD|NZD)(?=\s?\d{1,3}(?:[,.\u202f ]?\d{3})*[.,]\d{2}\b)|"
                         r"(?<=\d[.,]\d\d)\s?(CAD|AUD|NZD)\b|\((CAD|AUD|NZD)\)|"
                         r"(?<=[Aa]mount\s)(CAD|AUD|NZD)\b|"  # a column's unit: "Amount AUD"
                         r"(?<=\d[.,]\d\d)\s?\$\s?(CA)N?\b")  # French-Canadian "280,29 $ CA"

# A currency stated by a label of its own: "Currency: CAD", a data export's "CCY CAD".
STATED_CURRENCY = re.compile(r"\b(?:currency|ccy|curr?|w[aä]hrung|devise|moneda|valuta)\b"
                             rf"\s*[:#]?\s*({CODES})\b", re.I)
PROVINCES = r"(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)"
CANADIAN = re.compile(rf"\b{PROVINCES},?\s+[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d\b")
AUSTRALIAN = re.compile(r"\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT),?\s+\d{4}\b|\+61[\s\d]")
AMERICAN = re.compile(r"\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?\b")
# Which euro country: the calling codes its numbers print, its postcodes and street words.
INTERNATIONAL = re.compile(r"(?<![\w+])\+[1-9][\d\s().-]{6,16}\d")
EURO_SIGNS = {
    "NL": re.compile(r"\b[1-9]\d{3} ?[A-Z]{2},?\s+[A-Z][a-z]|\w(?:gracht|straat|laan)\b"),
    "IE": re.compile(r"\b[AC-FHKNPRTV-Y]\d[\dW] ?(?=[\dA-Z]{0,3}[A-Z])[\dAC-FHKNPRTV-Y]{4}\b|"
                     r"\bDublin \d{1,2}\b|\bCo\. [A-Z][a-z]"),
    "FR": re.compile(r"\b(?:rue|avenue|boulevard|allée|impasse|chemin|place|quai) "
                     r"(?:d[eu]s?\b|de la\b|d'|[A-Z])"),
    "DE": re.compile(r"[a-zäöü](?:straße|strasse|str\.|allee|platz|gasse)\b"),
}
DATE_ORDER = re.compile(r"\b(DD|MM|JJ)\s?[/.-]?\s?(?:MM|DD|JJ)\s?[/.-]?\s?(?:YYYY|YY|AAAA|AA)\b")


# A number as dialled inside its country, with the trunk "0" (no "+"): "(09) 382 0579".
NATIONAL_PHONE = re.compile(r"(?<![\w+(])\(?0\d{1,4}\)?(?:[\s-]?\d{2,4}){2,3}(?![\w-])")
DIALLING = {"NZ": "NZD", "AU": "AUD", "US": "USD", "CA": "CAD", "GB": "", "IE": "", "IN": ""}
DOMAIN = re.compile(r"[@.][\w-]+(?:\.(?:co|com|org|net|govt?|ac))?\.(nz|au|ca)\b", re.I)


def _plan_votes(text: str) -> Counter[str]:
    """The dollar of each national number that only one country's numbering plan allows, and
    of each mail or web domain under a dollar country's top-level domain."""
    votes: Counter[str] = Counter()
    for printed in NATIONAL_PHONE.findall(text):
        allowed: dict[str, list[str]] = {}  # region -> its digit groups as it prints them
        for region in DIALLING:
            try:
                number = phonenumbers.parse(printed, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                allowed[region] = re.findall(r"\d+", phonenumbers.format_number(
                    number, phonenumbers.PhoneNumberFormat.NATIONAL))
        if len(allowed) > 1:  # valid in several plans: the one whose grouping it is printed in
            groups = re.findall(r"\d+", printed)
            allowed = {r: g for r, g in allowed.items() if g == groups}
        if len(allowed) == 1 and DIALLING[next(iter(allowed))]:
            votes[DIALLING[next(iter(allowed))]] += 1
    for tld in DOMAIN.findall(text):
        votes[{"nz": "NZD", "au": "AUD", "ca": "CAD"}[tld.lower()]] += 1
    return votes


def _dollar_country(text: str) -> str | None:
    """CAD, AUD or NZD when most of the document's addresses, phones and mail domains are that
    country's."""
    votes = _plan_votes(text)
    found = {"CAD": len(CANADIAN.findall(text)) + votes["CAD"],
             "AUD": len(AUSTRALIAN.findall(text)) + votes["AUD"],
             "NZD": votes["NZD"], "USD": len(AMERICAN.findall(text))}
    best = max(found, key=lambda k: found[k])
    return best if best != "USD" and found[best] > found["USD"] else None


def _euro_region(text: str) -> str:
    """The euro country most of the document's phone codes, postcodes and streets point to
    (Germany, the default, unless another country has more signs)."""
    votes: Counter[str] = Counter({"DE": 0})
    for printed in INTERNATIONAL.findall(text):
        try:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(printed, None))
        except phonenumbers.NumberParseException:
            continue
        # a British agent's or an American head office's number says nothing of a euro claimant's
        if region and region not in ("US", "GB"):
            votes[region] += 1
    for region, sign in EURO_SIGNS.items():
        votes[region] += len(sign.findall(text))
    best, count = votes.most_common(1)[0]
    return best if count > votes["DE"] else "DE"


# The phone region of a currency's country (the euro's is found from the text).
CURRENCY_REGION = {"GBP": "GB", "AUD": "AU", "NZD": "NZ", "CAD": "CA", "CHF": "CH", "MXN": "MX",
                   "INR": "IN", "ZAR": "ZA", "SGD": "SG"}


def read_context(lines: list[Line]) -> Context:
    """The document's currency (None when it prints none), date order and phone region."""
    text = " ".join(ln.text for ln in lines)
    marks = [CURRENCY_SIGNS.get(m, m) if m != "$" else m for m in CURRENCY_MARK.findall(text)]
    marks += [{"CA": "CAD"}.get("".join(m), "".join(m)) for m in DOLLAR_CODE.findall(text)]
    named = Counter(m for m in marks if m in DOLLARS and m != "USD")
    dollar = named.most_common(1)[0][0] if named else _dollar_country(text) or "USD"
    counted = Counter(dollar if m == "$" else m for m in marks)
    currency = counted.most_common(1)[0][0] if counted else None
    stated = Counter(code.upper() for code in STATED_CURRENCY.findall(text))
    if stated:  # said outright, it outweighs the signs
        currency = stated.most_common(1)[0][0]
    order = DATE_ORDER.search(text)
    region = _euro_region(text) if currency == "EUR" else CURRENCY_REGION.get(
        currency or _dollar_country(text) or "", "US")
    day_first = order.group(1) != "MM" if order else currency in (
        "EUR", "GBP", "AUD", "NZD", "CHF", "MXN", "INR", "ZAR", "SGD") or region == "AU" or bool(
        re.search(r"\+(?:4[1349]|3[34]|52)\b", text))
    return Context(currency=currency, day_first=day_first, region=region)
