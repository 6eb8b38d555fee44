"""Candidates for each field and the normal form of their values.

Every stage proposes (field, text as printed, words, score); `normalize` turns the text into the
contract's normal form or rejects it, and `choose` keeps the best-supported value per field.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from core.documents import validate
from core.documents.lexicon import (
    COMPANY_WORDS,
    FOREIGN_FUNCTION_WORDS,
    VEHICLE_MAKES,
    classify_incident,
)
from core.documents.pdf_text import Word

# OCR often sets "@" apart ("kcarey @example.com"): spaces around it are allowed and dropped.
EMAIL = re.compile(r"[\w.+-]+ ?@ ?[\w-]+(?:\.[\w-]+)+", re.I)
PHONE = re.compile(r"(?<![\w-])\+?\(?\d[\d\s()./-]{7,18}\d(?![\w-])")
ID_TOKEN = re.compile(r"^[A-Z0-9][A-Z0-9\-/.]*$", re.I)
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
MAKES = re.compile(r"\b(" + "|".join(re.escape(m) for m in sorted(VEHICLE_MAKES, key=len,
                                                                 reverse=True)) + r")\b", re.I)
FUNCTION_WORDS = {"the", "a", "an", "my", "was", "were", "and", "i", "we", "to", "of", "in", "on",
                  "it", "had", "has", "is", "our", "at", "from", "by", "with",
                  *FOREIGN_FUNCTION_WORDS}
NOT_MODEL = {"vin", "reg", "registration", "plate", "avenue", "ave", "street", "st", "road",
             "rd", "way", "court", "ct", "lane", "ln", "drive", "dr", "apt", "suite", "boulevard",
             "blvd", "place", "pl", "square", "mileage", "colour", "color", "black", "white",
             "silver", "grey", "gray", "blue", "red", "green", "yellow", "brown", "beige", "gold",
             "orange", "purple", "maroon"}
# A caption run into the account's line: "Officer's summary: Vehicle 2 failed to stop ...".
LEAD_CAPTION = re.compile(r"^[A-Z][\w'’]*(?:\s+[\w'’]+){0,3}:\s+(?=\S+(?:\s+\S+){3})")
# A sworn form's sentence that hands over to the account: "The cause and origin of the said
# loss were: A severe windstorm tore ...".
ACCOUNT_INTRO = re.compile(r"\b(?:cause|origin|circumstances|particulars|details)\b[^.:;]{0,60}?"
                           r"\b(?:were|was|is|are|as\s+follows)\s*:\s+(?=[A-Z])")
LEAD_IN = re.compile(r"^(?:(?:is|was|confirmed|given|recorded|stated|noted)\s+as|is|was|"
                     r"confirmed|given)\s+", re.I)
# A spoken or typed answer's lead-in before the value: "It is POL-2025-023574; it renewed ..."
ANSWER_LEAD = re.compile(r"^(?:(?:yes|sure|ok(?:ay)?)[,.!]?\s+)?(?:it\s+is|it's|it’s|that's|that’s|"
                         r"that\s+is|mine\s+is|the\s+(?:number|reference|ref\.?)\s+is)\s+", re.I)
NOT_NAME = {"of", "the", "and", "or", "for", "to", "in", "on", "at", "by", "with", "location",
            "occurrence", "date", "time", "address", "phone", "telephone", "report", "number",
            "type", "incident", "vehicle", "street", "road", "avenue", "lane", "name", "email",
            "e-mail", "signature", "signed", "yes", "no", "none", "n/a", "not", "unknown",
            "make", "model", "vin",  # a vehicle's row under "INSURED VEHICLE": "Make Ford"
            "insured", "named", "claimant", "policyholder"}  # a role's heading, not a name
# A sole trader's trading name after their own: "Kevin Kimura dba Kimura Landscaping".
TRADING_AS = re.compile(r"\s+(?:dba|d/b/a|d\.b\.a\.|t/a|trading\s+as|doing\s+business\s+as)\s.*$",
                        re.I)
BOXED_DATE = re.compile(r"^(0?[1-9]|[12]\d|3[01])\s+(0?[1-9]|[12]\d|3[01])\s+((?:19|20)\d\d)\b")
PARTICLES = {"van", "von", "de", "del", "der", "da", "di", "la", "le", "du", "st."}


@dataclass
class Candidate:
    field: str
    raw: str
    words: list[Word]
    score: float
    value: Any = None
    warning: str | None = None
    stage: str = ""  # the extractor stage that proposed it (labelled, prose, patterns, ...)
    source: str = ""  # the function inside that stage that proposed it
    base_score: float = 0.0  # the score as proposed, before any stage or choice lowered it
    # what later stages noticed ("firm"); dataclasses' field, shadowed by the attribute above
    flags: set[str] = dataclasses.field(default_factory=set)


@dataclass
class Context:
    """Document-wide hints for normalising values."""

    currency: str | None = None
    day_first: bool = False
    region: str = "US"


# An identifier whose groups are joined by hyphens, and one joint a dot between digits.
_DOT_AMONG_HYPHENS = re.compile(r"[A-Z0-9]+(?:[-.][A-Z0-9]+)+")


def ocr_separators(value: str) -> str:
    """OCR reads a hyphen's short stroke as a dot: 'HOME-268346.17' -> 'HOME-268346-17'.

    Only where every other joint of the identifier is a hyphen and the dot stands between
    digits, so 'AB-12.5' style decimals in a reading of printed text are left to a text layer.
    """
    if not _DOT_AMONG_HYPHENS.fullmatch(value) or value.count(".") != 1 or \
            value.count("-") < 1:
        return value
    return re.sub(r"(?<=\d)\.(?=\d)", "-", value)


def take_id(text: str) -> str | None:
    """The identifier at the start of `text`: 'NB158092, Policy ...' -> 'NB158092'."""
    tokens = text.strip().split()
    kept: list[str] = []
    for i, token in enumerate(tokens):
        clean = re.sub(r"^[(#:\[]+|[),;:.\]]+$", "", token)
        stop = clean != token
        if not clean or not ID_TOKEN.match(clean):
            break
        last = i + 1 == len(tokens) or stop or not any(c.isalnum() for c in tokens[i + 1])
        if len(kept) >= 2 and kept[-1].isdigit() and len(clean) == 1 and clean.isupper() and last:
            kept.append(clean)  # a check letter after the digit groups: AW 708 494 N
            break
        has_digit = any(c.isdigit() for c in clean)
        core = clean.rstrip("-/")
        upper_prefix = core.isalpha() and core.isupper() and len(core) <= 4
        if not (has_digit or upper_prefix):
            break
        if upper_prefix and (i + 1 >= len(tokens) or not any(c.isdigit() for c in tokens[i + 1])):
            break
        if kept and not has_digit:
            break
        if kept and kept[-1].endswith(("-", "/")):
            kept[-1] += clean.rstrip(".")  # OCR split a boxed identifier: "CLM-2026- 000123"
            if stop:
                break
            continue
        if kept and not (clean.isdigit() or kept[-1].isalpha()):
            break  # inner spaces only join digit groups: HM 0044 1187
        kept.append(clean.rstrip("."))
        if stop:
            break
    value = " ".join(kept).upper()
    if value and validate.DATE_PATTERN.fullmatch(value):
        return None  # a date is not an identifier
    if re.fullmatch(r"\d{1,3}(?:,\d{3})*\.\d\d|\d+\.\d\d", value):
        return None  # nor an amount: "the above numbered policy is 10838.40" (its net claim)
    if not value or not any(c.isdigit() for c in value) or len(value) < 4 or len(value) > 30:
        return None
    return value


COMPANY_NAME = re.compile(r"[A-Z][\w&'’.,-]*(?:\s+[\w&'’.,-]+){0,6}\s+"
                          r"(?:Ltd\.?|Limited|Pty\.?\s+Ltd\.?|Inc\.?|LLC|LLP|plc|PLC|GmbH|AG|S\.?A\.?|B\.?V\.?|N\.?V\.?|Co\.)")


def person_name(text: str) -> str | None:
    """'SMITH, JOHN A.' -> 'John A. Smith'; None when it does not look like a name."""
    text = re.sub(r"^(?:mr|mrs|ms|miss|dr)\.?\s+", "", text.strip().strip(",;: "), flags=re.I)
    text = TRADING_AS.sub("", text)
    if text.endswith(".") and len(text.split()[-1]) > 2:
        text = text[:-1]  # a full stop after the name, not an initial's dot
    if "," in text:
        last, _, first = text.partition(",")
        if re.fullmatch(r"[A-Z]{2}\.?", first.strip()):
            return None  # "Springfield, IL": a town and its state
        text = f"{first.strip()} {last.strip()}"
    words = text.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in text) or "@" in text:
        return None
    if not all(re.fullmatch(r"[A-Za-zÀ-ÿ'’.-]+", w) for w in words) or COMPANY_WORDS.search(text):
        return None
    if any(w[0].islower() and w.lower() not in PARTICLES for w in words):
        return None  # printed names are capitalised: "cannot be driven" is not a name
    if any(w.lower().strip(".") in NOT_NAME for w in words):
        return None  # "LOCATION OF OCCURRENCE", "DATE / TIME": a caption in capitals

    def cap(word: str) -> str:  # title case, as the contract asks: "van de" -> "Van De"
        if word.isupper() or word.islower():
            word = "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))
            # an Irish "O'" or a French "D'" capitalises the name after it: O'CONNOR -> O'Connor
            return re.sub(r"^([OD]['’])(\w)", lambda m: m.group(1) + m.group(2).upper(), word)
        return word

    return " ".join(cap(w) for w in words)


def make_model_year(text: str) -> str | None:
    """'2017 Jeep Grand Cherokee' or 'Jeep Grand Cherokee, 2017' -> 'Jeep Grand Cherokee 2017'."""
    make = MAKES.search(text)
    year = YEAR.search(text)
    if not make or not year:
        return None
    after = text[make.end():]
    if year.start() > make.end():
        model_text = text[make.end():year.start()]
    else:
        model_text = after
    model_words: list[str] = []
    for word in (w for w in re.split(r"[\s,/()]+", model_text) if w):
        # a model starts in capitals or digits, or is a short prefix before them ("i30", "e-Golf")
        if YEAR.fullmatch(word) or len(model_words) == 3 or not (
                word[0].isupper() or word[0].isdigit() or re.match(r"[a-z]{1,2}-?[A-Z\d]", word)):
            break
        plate = len(word) >= 6 and sum(c.isdigit() for c in word) >= 2 and sum(
            c.isalpha() for c in word) >= 2 and "-" not in word
        if word.rstrip(".").lower() in NOT_MODEL or plate or (len(word) > 8 and any(
                c.isdigit() for c in word)):
            break
        model_words.append(word.rstrip(".,"))
    if not model_words or abs(year.start() - make.start()) > 40:
        return None
    make_name = next(m for m in VEHICLE_MAKES if m.lower() == make.group(1).lower())
    if make.group(1).isupper() and make_name != make.group(1):
        # written all in capitals ("NISSAN ALTIMA"): a model's word is set like its make
        # ("Altima"), a code keeps its capitals ("CR-V", "RAV4", "GTI")
        model_words = [w.capitalize() if w.isalpha() and len(w) > 3 else w for w in model_words]
    return f"{make_name} {' '.join(model_words)} {year.group(1)}"


def fold(text: str) -> str:
    return " ".join(text.split())


# A firm's registration printed on the contact line of its letterhead ("Tel. 0113 496 0915 -
# VAT reg. GB 123 4567 89", a trade's "Licence no. 463139730"): the phone, mailbox and address
# there are the firm's.
FIRM_REGISTRATION = re.compile(
    r"\b(?:vat|mwst|ust|tva|btw|gst|hst|tax|company|trade|business)\.?\s*(?:reg(?:istration|"
    r"istered)?|id|no|nr|number)\b|\bust-?id(?:nr)?\b|\bsiret\b|\bkvk\b|\babn\b|"
    r"\b(?:licen[cs]e|lic\.)\s*(?:no|nr|number|#)", re.I)


# A form's blank filled inside a sentence: "Location: The property was located at 12 Elm St,
# Boise, ID 83749 . No other person had any interest therein ...".
LOCATED_AT = re.compile(r"^(?:the|my|our|said)\s+(?:[a-z]+\s+){0,2}(?:was|is|were|are)\s+"
                        r"(?:located|situated)\s+(?:at|in)\s+", re.I)
SENTENCE_END = re.compile(r"\s\.(?:\s|$)|(?<=\d)\.(?:\s|$)|\.\s+(?=[A-Z][a-z]+\s+[a-z])")


def _located_at(raw: str) -> str:
    """The place a "... was located at X." sentence names: X, up to the sentence's end."""
    lead = LOCATED_AT.match(raw)
    if not lead:
        return raw
    rest = raw[lead.end():]
    end = SENTENCE_END.search(rest)
    return rest[:end.start()] if end else rest


def normalize(cand: Candidate, ctx: Context) -> bool:
    """Set cand.value (and cand.warning); False when the text holds no value for the field."""
    raw = fold(cand.raw).strip(" :;")
    name = cand.field
    if name in ("claimant_phone", "claimant_email", "claimant_address") and \
            FIRM_REGISTRATION.search(raw):
        return False
    try:
        if name in ("claim_number", "policy_number", "police_report_number"):
            cand.value = take_id(ANSWER_LEAD.sub("", raw))
            if cand.value and cand.words and all(w.line >= 0 for w in cand.words):
                cand.value = ocr_separators(cand.value)
        elif name in ("date_of_loss", "date_reported"):
            raw = BOXED_DATE.sub(r"\1/\2/\3", raw) if not validate.DATE_PATTERN.search(raw) \
                else raw  # a date in boxes: "26 12 2025"
            printed = validate.DATE_PATTERN.search(raw)
            if not printed:
                return False
            try:
                cand.value = validate.parse_date(raw, day_first=ctx.day_first).isoformat()
            except ValueError as exc:
                cand.value, cand.warning = printed.group(0), str(exc)
        elif name == "claimed_amount":
            try:
                amount, currency = validate.parse_amount(raw, currency_hint=ctx.currency)
            except ValueError as exc:
                if "negative" not in str(exc):
                    return False
                cand.value, cand.warning = raw, str(exc)
                return True
            cand.value = f"{amount:.2f}"
            if currency:
                cand.raw_currency = currency  # type: ignore[attr-defined]
        elif name == "claimant_email":
            found = EMAIL.search(raw)
            if not found:
                if "@" in raw:
                    cand.value, cand.warning = raw, "e-mail address has no domain"
                    return True
                return False
            address = found.group(0).replace(" ", "")
            try:
                cand.value = validate.parse_email(address)
            except ValueError as exc:
                cand.value, cand.warning = address.lower(), str(exc)
        elif name == "claimant_phone":
            found = next((m for m in PHONE.finditer(raw)
                          if not validate.DATE_PATTERN.search(m.group(0))), None)
            if not found:
                return False
            try:
                cand.value = validate.parse_phone(found.group(0), region=ctx.region)
            except ValueError as exc:
                cand.value, cand.warning = found.group(0), str(exc)
        elif name == "claimant_name":
            cand.value = person_name(raw)
        elif name == "_company":  # a firm's name as printed, its legal form at its end
            cand.value = raw if COMPANY_NAME.fullmatch(raw) else None
        elif name in ("_surname", "_forename"):
            cand.value = raw if re.fullmatch(r"[A-Za-zÀ-ÿ'’. -]{2,40}", raw) else None
        elif name == "vehicle_vin":
            token = re.sub(r"[\s-]", "", raw.split(",")[0]).upper()
            match = validate.VIN_PATTERN.search(token) or re.search(r"[A-Z0-9]{11,20}", token)
            # a VIN has digits; a word such as REGISTRATION is not one. Seventeen characters
            # of the VIN alphabet need only one (the check digit may be the only one printed).
            whole = validate.VIN_PATTERN.fullmatch(match.group(0)) if match else None
            if not match or sum(c.isdigit() for c in match.group(0)) < (1 if whole else 3):
                return False
            cand.value = match.group(0)
            if not validate.vin_check_digit_ok(cand.value):
                cand.warning = (f"VIN {cand.value} fails its check digit" if len(cand.value) == 17
                                else f"VIN {cand.value} is not 17 characters")
        elif name == "vehicle_make_model_year":
            cand.value = make_model_year(raw)
        elif name == "incident_type":
            if raw.startswith(("☐", "□", "[ ]")):
                return False  # the first of a row of options, left unticked
            kind = classify_incident(raw)
            cand.value = kind[0] if kind else None
            if kind:
                cand.score *= 0.6 + 0.4 * kind[1]
        elif name in ("claimant_address", "incident_location"):
            raw = LEAD_IN.sub("", _located_at(raw))
            raw = re.sub(r",(?=[^\s,])", ", ", raw)  # OCR drops the space after a comma
            raw = re.sub(r"\b([A-Z]{2})(\d{5})\b", r"\1 \2", raw)  # "GA30354" -> "GA 30354"
            cand.value = raw.strip(" .") if len(raw) >= 6 and any(c.isalpha() for c in raw) \
                else None
        elif name == "incident_description":
            amounts = validate.AMOUNT_PATTERN.findall(raw)
            priced = sum(1 for a in amounts if re.search(r"[.,]\d{2}$", a[1]))
            prose = sum(1 for w in raw.lower().split() if w in FUNCTION_WORDS)
            options = raw.count(" / ") >= 2 or bool(re.search(r"\btick\b", raw, re.I)) or \
                len(re.findall(r"\[[ xX✓]?\]|[☐☒☑□■]", raw)) >= 2
            raw = LEAD_CAPTION.sub("", raw.strip(' "“”'), count=1)
            intro = ACCOUNT_INTRO.search(raw)
            if intro and len(raw[intro.end():].split()) >= 6:
                raw = raw[intro.end():]  # the frame's filled blanks before it are not the account
            if raw.endswith(":") or re.search(r"\bas\s+follows\b", raw, re.I):
                return False  # it introduces the account that follows, it is not the account
            cand.value = raw if len(raw.split()) >= 4 and priced < 2 and prose >= 2 and \
                not options else None
            if not raw.endswith((".", "!", '"', "”", ")")) or re.search(r"\?\s", raw):
                cand.score *= 0.6  # cut off mid-sentence, or a form's question caught up in it
        else:
            cand.value = raw or None
    except (ValueError, AttributeError):
        return False
    return cand.value not in (None, "")


@dataclass
class Collector:
    """Collects candidates and picks, per field, the value with the most support."""

    ctx: Context
    found: dict[str, list[Candidate]] = field(default_factory=lambda: defaultdict(list))
    decoys: set[str] = field(default_factory=set)
    loss_sentence: str = ""
    # the total the itemised rows add up to, and the page it stands on
    items_total: tuple[Any, int] | None = None
    stage: str = ""

    @contextmanager
    def proposing(self, stage: str) -> Iterator[None]:
        """Candidates added inside the block are marked as proposed by `stage`."""
        before, self.stage = self.stage, stage
        try:
            yield
        finally:
            self.stage = before

    def add_decoy(self, text: str) -> None:
        """Values that belong to somebody other than the claimant (phones, e-mails, names)."""
        for match in PHONE.finditer(text):
            try:
                self.decoys.add(validate.parse_phone(match.group(0), region=self.ctx.region))
            except ValueError:
                continue
        self.decoys.update(m.group(0).replace(" ", "").lower() for m in EMAIL.finditer(text))
        name = person_name(text.split("(")[0].split(",")[0])
        if name:
            self.decoys.add(name)

    def add_decoy_value(self, name: str, raw: str) -> None:
        """A value of `name` that belongs to somebody else (the other party's car)."""
        cand = Candidate(name, raw, [], 0.0)
        if normalize(cand, self.ctx):
            self.decoys.add(str(cand.value))

    def add(self, name: str, raw: str, words: list[Word], score: float) -> Candidate | None:
        # the proposing function's name tells the learnt chooser where a candidate came from
        cand = Candidate(name, raw, words, score, stage=self.stage,
                         source=sys._getframe(1).f_code.co_name)
        if not normalize(cand, self.ctx):
            return None
        cand.base_score = cand.score
        self.found[name].append(cand)
        return cand

    def choose(self, name: str) -> Candidate | None:
        cands = self.found.get(name) or []
        if name in ("claimant_phone", "claimant_email", "claimant_name", "vehicle_vin",
                    "vehicle_make_model_year"):
            for c in cands:  # seen beside another party: most likely theirs
                if str(c.value) in self.decoys and not getattr(c, "decoy_checked", False):
                    c.score *= 0.35
                    c.decoy_checked = True  # type: ignore[attr-defined]
        if not cands:
            return None
        support: dict[Any, float] = defaultdict(float)
        for c in cands:
            support[str(c.value)] += c.score
        best = max(cands, key=lambda c: (support[str(c.value)] + c.score, c.score))
        best.score = min(0.99, 1 - (1 - best.score) * 0.7 ** (len(
            [c for c in cands if str(c.value) == str(best.value)]) - 1))
        return best
