"""Stage 2c (part): the values one sentence states, by its cues and phrasing.

The cue phrases that tell what a sentence is about (it claims an amount, gives the claimant's
contact details, describes the loss, or speaks of somebody else: a witness, an agent, a
repairer, whose details are decoys), and the values read from a sentence by them: the claimed
amount, the vehicle, the date reported, the claimant's name, address, phone and e-mail.
"""

from __future__ import annotations

import re

from core.documents.candidates import Collector, take_id
from core.documents.declarations import deponent_home
from core.documents.lexicon import INCIDENT_KEYWORDS, VEHICLE_MAKES
from core.documents.roles import ADDRESS, ROLE_THEN_NAME, collect_roles
from core.documents.validate import AMOUNT_PATTERN, CODES, DATE_PATTERN, parse_date

CUES = {
    "AMOUNT": ("i am claiming", "i claim", "claiming", "in total", "total of", "the total",
               "sum of", "amount of", "claim for", "total claim", "total loss", "comes to",
               "amounts to", "totalling", "totaling", "totals", "totalled", "amounting to",
               "in the amount of", "schedule of loss", "amount claimed", "claimed amount",
               "sum claimed", "total claimed", "loss at", "losses at", "damage at",
               "damages at"),
    "CONTACT": ("contact me", "reach me", "call me", "my number", "my phone", "my mobile",
                "email me", "e-mail me", "write to me", "my e-mail", "my email", "me on",
                "me at", "best number", "best phone", "best contact number"),
    "LOSS": ("happened", "occurred", "took place", "on the night", "while", "was damaged",
             "writing to report", "wish to report", "like to report", "report that", "had to",
             "cancel", "cancelled", "canceled", "lost",
             "damaged", "broke", "broken", "injured", "suffered",
             *(w for words in INCIDENT_KEYWORDS.values() for w in words)),
    "OTHER": ("witness", "saw what happened", "saw the", "agent", "broker", "agency",
              "repair shop", "body shop", "auto body", "repairer", "repair", "plumbing",
              "restoration", "contractor",
              "inspected", "quoted", "claims line", "your claims", "in copy", "cc", "adjuster",
              "neighbour", "neighbor", "other driver", "third party", "police officer"),
}
ID_CUE = re.compile(
    r"\b(?:(?P<kind>claim|policy|certificate|police\s+report|crime\s+reference|police\s+case|"
    r"police\s+reference|police\s+event|fir|first\s+information\s+report)"
    r"\s*(?:no\.?|number|nr\.?|#|id|ref(?:erence)?)?|(?P<report>report|case)"
    r"\s*(?:no\.?|number|nr\.?|#|ref(?:erence)?))\s*[:#]?\s*(?:(?:is|was|reads|as)\s+)?",
    re.I)
# The insurer's acknowledgement of the day it was told: "Thank you for notifying us on ...",
# "you reported the loss to us on ...".
ACKNOWLEDGED = re.compile(r"\b(?:for\s+(?:notifying|informing|telling|contacting)\s+us|you\s+"
                          r"(?:notified|informed|told|contacted)\s+us|you\s+reported\s+(?:it|"
                          r"this|the\s+\w+)\s+to\s+us|your\s+(?:notification|report)\s+of\s+"
                          r"(?:the\s+\w+\s+)?)(?:\s*(?:on|dated)\s+)?", re.I)
# a sign, a code, Swiss "Fr.", India's "Rs."
MONEY_MARK = re.compile(r"[$€£₹]|\b[A-Z]{3}\b|\bS?Fr\.\s?\d|\bRs\.?\s?\d")
# what makes a sentence's figure money: a sign or a currency's code, not any three capitals
# ("please open a claim for my client under policy PAP-840 955071")
CURRENCY_MARK = re.compile(rf"[$€£₹]|\b(?:{CODES})\b|\bS?Fr\.\s?\d|\bRs\.?\s?\d")
# A proof of loss fills its blanks with bare figures: "The Net Amount Claimed under the above
# numbered policy is 10838.40": the claim's own wording stands in for the currency sign.
CLAIMED_FIGURE = re.compile(r"\b(?:amount|sum|total)\s+claimed\b[^.;:$€£\d]{0,60}?\b(?:is|was|"
                            r"of|at)\s+(?=\d[\d,]*\.\d\d\b)", re.I)
FIRST_PERSON = re.compile(r"\b(?:I|my|we|our|me|us|My|We|Our)\b")
INSURED = re.compile(
    r"\b(?:the\s+)?(?:insured|claimant|policyholder|policy\s+holder)\s*,\s*(?:(?:mr|mrs|ms|miss|dr)"
    r"\.?\s+)?(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*,(?:\s+of\s+(?P<address>[^;]+?),"
    r"\s+(?:who\s+)?(?:notified|reported|advised|informed|telephoned|called|has|is|was|wrote))?")
PREMISES_AT = re.compile(r"\b(?:the|my|our)\s+(?:rental\s+|insured\s+|let\s+)?(?:property|premises|"
                         r"house|home|flat|apartment|unit|building)\s+at\s+", re.I)
# "Our employee Ann Lee (home: 7 Elm Rd, Leeds LS1 4AB; tel ...)": the person's home address.
HOME_IN_BRACKETS = re.compile(r"\(\s*(?:home(?:\s+address)?|address|residing\s+at|lives\s+at)"
                              r"\s*:?\s*(?P<address>[^;()]*\d[^;()]*?)\s*[;)]", re.I)
# "We are instructed by Ann Lee (date of birth ...) of 7 Elm Rd, Leeds LS1 4AB in connection
# with ...": the writer's client, the claimant, and where they live.
ACTING_FOR = re.compile(
    r"\b(?:instructed\s+by|act(?:ing)?\s+(?:for|on\s+behalf\s+of)|represent(?:ing|s)?|"
    r"on\s+behalf\s+of)\s+(?:(?:our|my)\s+(?:insured|client|policy\s*holder),?\s+)?"
    r"(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"
    r"\s*(?:\([^)]*\)\s*)?,?\s+of\s+(?P<address>(?:\d|[A-Z])[^;()]*?)(?=\s+(?:in\s+connection|"
    r"in\s+respect|regarding|concerning|who|whose|following)\b|,?\s+(?:and|following)\s|"
    r"[.;]\s*$|\s*\(|$)")
# A person's identity document number is no phone: "ID number 8001015009087", "NRIC S1234567D".
IDENTITY_NUMBER = re.compile(r"\b(?:ID|identity|identification|passport|NRIC|FIN|SIN|social\s+"
                             r"(?:insurance|security))\s+(?:card\s+)?(?:number|no\.?|#)?\s*:?\s*"
                             r"[A-Z]?\d[\d -]{5,}\d[A-Z]?\b", re.I)
NOTIFIED = re.compile(r"\b(?:notified|reported|advised|informed|lodged|submitted)\b")
REPORTED_BY = re.compile(r"\b(?:reported|notified|submitted|lodged)\s+by\b", re.I)
# "Claim pack sent to j.doe@example.com": what a desk sends goes to the claimant (a sentence
# naming another party is a decoy before this is asked).
SENT_TO = re.compile(r"\b(?:sent|e-?mailed|forwarded|mailed)\s+(?:out\s+)?to\s+(?=[\w.+-]+@)",
                     re.I)
BEST_NUMBER = re.compile(r"best\s+(?:contact\s+)?(?:number|phone)\b", re.I)
THIRD_PERSON = re.compile(r"\b(?:the\s+)?(?:insured|claimant|policyholder)\b", re.I)
SIGNED_ON = re.compile(r"\b(?:signed|dated|submitted|completed|lodged|filed)\s+(?:on\s+)?",
                       re.I)
CLAIMING = re.compile(r"\b(?:I|we)\s+(?:am|are|have\s+been|will\s+be)?\s*claim(?:ing)?\b|"
                      r"\b(?:I|we)\s+claim\b", re.I)
# The claimant's own costing of the loss: "I have a quote for the repair of NZD 20,263.48",
# "our client's loss is presently estimated at Rs. 15,49,792.79" (a broker's notification).
COSTED = re.compile(r"\b(?:(?:I|we)\s+(?:have|attach|enclose|obtained|got|received)\s+(?:(?:a|an|"
                    r"the|my|our|written)\s+)?(?:quote|quotation|estimate)s?\s+(?:for|of)\b|"
                    r"(?:loss|losses|damage|claim)\s+(?:is|are|has\s+been|have\s+been)\s+"
                    r"(?:\w+\s+)?(?:estimated|assessed|valued)\s+at\b)", re.I)
YEAR_MAKE = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\s+(?:" + "|".join(
    re.escape(m) for m in sorted(VEHICLE_MAKES, key=len, reverse=True)) + r")\b[^.;()]{0,30}", re.I)


def names_an_id(text: str) -> bool:
    """True when the text states an identifier after a cue ("claim no. X"), not just "claim"."""
    return any(take_id(text[m.end():]) for m in ID_CUE.finditer(text))


def _cue_pattern(label: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in CUES[label]) + r")\b", re.I)


AMOUNT_CUE, OTHER_CUE = _cue_pattern("AMOUNT"), _cue_pattern("OTHER")
CONTACT_CUE = _cue_pattern("CONTACT")


def _own_clauses(s_text: str, words: list, out: Collector) -> None:
    """A sentence that speaks of somebody else gives their details (decoys), but a clause of
    its own where the writer gives theirs ("call me on 0412 555 019; my broker Ann Lee, tel.
    0413 555 020, is in copy") is the claimant's: each clause is read on its own."""
    clauses = s_text.split(";")
    for clause in clauses:
        if len(clauses) > 1 and CONTACT_CUE.search(clause) and FIRST_PERSON.search(clause) and \
                not OTHER_CUE.search(clause):
            out.add("claimant_phone", clause, words, 0.7)
            out.add("claimant_email", clause, words, 0.7)
        else:
            out.add_decoy(clause)


CLAUSE_BREAK = re.compile(r"[,;]\s|\s(?:and|but|while|whereas|plus)\s")


def _money_text(s_text: str, money: re.Match[str]) -> str:
    """The amount as printed, up to its clause's end: "comes to 67873.94 in total, and the
    deductible is $250.00" is 67873.94 though the deductible carries the sign."""
    rest = s_text[money.end():]
    priced = re.fullmatch(r"\d{1,3}(?:,\d{3})*\.\d\d|\d+\.\d\d|\d{1,3}(?:\.\d{3})*,\d\d|\d+,\d\d",
                          money.group("num"))
    end = CLAUSE_BREAK.search(rest) if priced else None  # not a phone's "416.555.0174"
    return s_text[money.start():money.end() + (end.start() if end else len(rest))]


def _amount_clause(s_text: str, words: list, out: Collector) -> None:
    """The claimed amount in a clause of its own: "The total of my claim is £10,811.00; an
    estimate from Harbour Restoration is available": the other party is in the next clause."""
    for part in re.finditer(r"[^;]+", s_text):
        clause = part.group(0)
        money = AMOUNT_PATTERN.search(clause)
        if money and AMOUNT_CUE.search(clause[:money.start()]) and not OTHER_CUE.search(clause):
            out.add("claimed_amount", s_text[part.start() + money.start():], words, 0.72)
            return


def _acknowledged(printed: str, words: list, out: Collector) -> None:
    """The day the insurer says it was told is the date reported; the dates of messages sent
    after it (a reply's Sent: line) are not."""
    try:
        day = parse_date(printed, day_first=out.ctx.day_first).isoformat()
    except ValueError:
        return
    for cand in out.found.get("date_reported", []):
        if str(cand.value) > day:
            cand.score *= 0.4
    out.add("date_reported", printed, words, 0.95)


def sentence_values(s_text: str, words: list, cues: set[str], out: Collector) -> bool:
    """Values stated in one sentence; True when it says the writer writes for the claimant."""
    figure = CLAIMED_FIGURE.search(s_text)
    money = AMOUNT_PATTERN.search(s_text, figure.end()) if figure else \
        AMOUNT_PATTERN.search(s_text) if CURRENCY_MARK.search(s_text) else None
    vehicle = YEAR_MAKE.search(s_text)  # "damage to my 2022 Mini Cooper (registration ..."
    if vehicle:
        out.add("vehicle_make_model_year", vehicle.group(0), words, 0.5)
    acknowledged = ACKNOWLEDGED.search(s_text)
    told = DATE_PATTERN.match(s_text, acknowledged.end()) if acknowledged else None
    if told:  # "Thank you for notifying us on 26 October 2025": the insurer says when
        _acknowledged(told.group(0), words, out)
    costed = COSTED.search(s_text)
    priced = AMOUNT_PATTERN.search(s_text, costed.end()) if costed and MONEY_MARK.search(
        s_text, costed.end()) and FIRST_PERSON.search(s_text[:costed.end()]) else None
    if priced:
        out.add("claimed_amount", s_text[priced.start():], words, 0.72)
    other = "OTHER" in cues
    if other:
        _own_clauses(s_text, words, out)
        if "AMOUNT" in cues and money and CLAIMING.search(s_text):
            # "The garage estimated $4,321.59, which is the amount I am claiming": the
            # repairer is named, but the claimant claims the amount.
            out.add("claimed_amount", _money_text(s_text, money), words, 0.7)
        elif "AMOUNT" in cues and money:
            _amount_clause(s_text, words, out)
        return False
    proxy = collect_roles(s_text, words, out)
    if "AMOUNT" in cues and money:
        # the amount after the cue: "I enclose the invoice (NZD 950.98) and the receipt (NZD
        # 91.38), and I claim a total of NZD 1,042.36"; else the sentence's first
        cue = AMOUNT_CUE.search(s_text)
        after = AMOUNT_PATTERN.search(s_text, cue.end()) if cue and cue.start() > money.start() \
            and MONEY_MARK.search(s_text, cue.end()) else None
        out.add("claimed_amount", _money_text(s_text, after or money), words, 0.72)
    # "Best number: +1 865 555 0100" closing one's own message: the writer's number, said
    # without a pronoun
    about_claimant = FIRST_PERSON.search(s_text) or THIRD_PERSON.search(s_text) or \
        BEST_NUMBER.match(s_text.strip())
    if ("CONTACT" in cues or about_claimant and re.search(r"reached|contact|e-?mail", s_text,
                                                           re.I)) and about_claimant:
        out.add("claimant_phone", IDENTITY_NUMBER.sub("", s_text), words, 0.72)
        out.add("claimant_email", s_text, words, 0.72)
    elif sent := SENT_TO.search(s_text):  # a note of the forms sent to the claimant's mailbox
        out.add("claimant_email", s_text[sent.end():], words, 0.6)
    premises = PREMISES_AT.search(s_text)
    at = ADDRESS.match(s_text, premises.end()) if premises else None
    if at:  # "I own the rental property at 12 Oak St, Dover, DE 19901": where the loss is
        out.add("incident_location", at.group(0), words, 0.6)
    deponent_home(s_text, words, out)
    client = ACTING_FOR.search(s_text)
    if client and any(c.isdigit() for c in client.group("address")):
        out.add("claimant_address", client.group("address"), words, 0.72)
    home = HOME_IN_BRACKETS.search(s_text)
    if home and ROLE_THEN_NAME.search(s_text[:home.start()]):
        out.add("claimant_address", home.group("address"), words, 0.7)
    insured = INSURED.search(s_text)
    if insured:
        out.add("claimant_name", insured.group("name"), words, 0.72)
        if insured.group("address"):
            out.add("claimant_address", insured.group("address"), words, 0.72)
    # "Reported by Ann Lee on 3 May 2026": whoever reported it, that is when
    reported_by = REPORTED_BY.search(s_text)
    notified = reported_by or NOTIFIED.search(s_text)
    if notified and (about_claimant or reported_by) and "police" not in s_text.lower():
        date = DATE_PATTERN.search(s_text, notified.end())
        if date:
            out.add("date_reported", date.group(0), words, 0.7)
    for cue in SIGNED_ON.finditer(s_text):
        signed = DATE_PATTERN.match(s_text, cue.end())
        if signed and "police" not in s_text.lower():
            out.add("date_reported", signed.group(0), words, 0.58)
    return proxy
