"""Stage 2c: values inside sentences (letters, e-mails, statements), found with spaCy.

A blank English pipeline (no model download) with a sentencizer and our own phrase patterns:
cues that a sentence claims an amount, gives the claimant's contact details, describes the loss,
or speaks of somebody else (a witness, an agent, a repairer), whose details are decoys.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher

from core.documents.candidates import EMAIL, PHONE, Collector, take_id
from core.documents.contacts import collect_contacts
from core.documents.layout import Cell, Line
from core.documents.lexicon import INCIDENT_KEYWORDS, VEHICLE_MAKES, match_label
from core.documents.narrative import collect_narrative
from core.documents.roles import ADDRESS, ROLE_THEN_NAME, collect_roles
from core.documents.textmap import TextMap
from core.documents.validate import AMOUNT_PATTERN, DATE_PATTERN, parse_date

CUES = {
    "AMOUNT": ("i am claiming", "i claim", "claiming", "in total", "total of", "the total",
               "sum of", "amount of", "claim for", "total claim", "total loss", "comes to",
               "amounts to", "totalling", "totaling", "totals", "totalled", "amounting to",
               "in the amount of", "schedule of loss", "amount claimed", "claimed amount",
               "sum claimed", "total claimed", "loss at", "losses at", "damage at",
               "damages at"),
    "CONTACT": ("contact me", "reach me", "call me", "my number", "my phone", "my mobile",
                "email me", "e-mail me", "write to me", "my e-mail", "my email", "me on",
                "me at"),
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
    r"police\s+reference)\s*(?:no\.?|number|nr\.?|#|id|ref(?:erence)?)?|(?P<report>report|case)"
    r"\s*(?:no\.?|number|nr\.?|#|ref(?:erence)?))\s*[:#]?\s*(?:(?:is|was|reads)\s+)?",
    re.I)
COST_NOUN = re.compile(r"(?:estimate|quote|cost|bill|total|figure)s?$", re.I)
AT_PLACE = re.compile(r"\s(?:at|near|on)\s+(?P<place>(?:\d|[A-Z]).+?)(?:[.;]\s*$|$)")
# "on 2 March 2026 at my home, 6 Elm Road" or "... at pavement outside 15 Elm Road": a place
# right after the loss's date may start in lower case; it names a number or a proper name.
DATE_THEN_PLACE = re.compile(r"\s*,?\s*(?:at|near|in)\s+(?!about\b|around\b|approx|roughly\b|"
                             r"approximately\b|night\b|the\s+time\b)(?P<place>[a-z]+\b(?=[^.;:]*"
                             r"(?:\d|\s[A-Z]))[^.;]+?)(?:[.;]\s|[.;]?\s*$|(?=:\s))")
# The insurer's acknowledgement of the day it was told: "Thank you for notifying us on ...",
# "you reported the loss to us on ...".
ACKNOWLEDGED = re.compile(r"\b(?:for\s+(?:notifying|informing|telling|contacting)\s+us|you\s+"
                          r"(?:notified|informed|told|contacted)\s+us|you\s+reported\s+(?:it|"
                          r"this|the\s+\w+)\s+to\s+us|your\s+(?:notification|report)\s+of\s+"
                          r"(?:the\s+\w+\s+)?)(?:\s*(?:on|dated)\s+)?", re.I)
MONEY_MARK = re.compile(r"[$€£₹]|\b[A-Z]{3}\b|\bS?Fr\.\s?\d")  # a sign, a code, Swiss "Fr."
FIRST_PERSON = re.compile(r"\b(?:I|my|we|our|me|us|My|We|Our)\b")
NOT_PLACE = re.compile(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                       r"january|february|march|april|may|june|july|august|september|october|"
                       r"november|december|the\s+(?:morning|evening|night|afternoon))\b", re.I)
TIME = re.compile(r"^\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock|h)\b", re.I)


@lru_cache(maxsize=1)
def _pipeline() -> tuple[Language, PhraseMatcher]:
    nlp = spacy.blank("en")
    for abbreviation in ("Fr.", "no.", "No.", "NO.", "ref.", "Ref.", "tel.", "Tel.", "nr.", "Nr.",
                         "approx.", "St.", "Ave.", "Rd.", "Apt.", "Mr.", "Mrs.", "Ms.", "Dr.",
                         "Inc.", "Ltd."):
        # "(report no. PHX-1)" is one sentence, not two.
        nlp.tokenizer.add_special_case(  # type: ignore[union-attr]
            abbreviation, [{"ORTH": abbreviation}])
    nlp.add_pipe("sentencizer")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, phrases in CUES.items():
        matcher.add(label, [nlp.make_doc(p) for p in phrases])
    return nlp, matcher


def justified(line: Line) -> bool:
    """A justified line of prose: its words spread so wide that each stands as a cell of its
    own ("The | police | gave | the | reference"), many of them in lower case."""
    cells = line.cells
    return len(cells) >= 5 and len(line.words) <= 2 * len(cells) and \
        sum(1 for c in cells if c.text[:1].islower()) * 3 >= len(cells)


def _paragraphs(lines: list[Line]) -> list[TextMap]:
    """Consecutive close lines joined into paragraphs (wrapped prose becomes one text)."""
    paragraphs: list[TextMap] = []
    open_columns: dict[float, tuple[TextMap, Line, int]] = {}  # column x0 -> paragraph
    for line in lines:
        # The prose of a line: the line itself, or its one long cell when a sidebar or a
        # label column shares the row; a row of short cells is a form or table row.
        # A cell that carries on a paragraph of running prose; a field's label heading a row
        # of cells ("Submitted | 16 October 2026") starts a form row instead.
        continuing = next((c for c in line.cells
                           if any(abs(x - c.x0) < 6 and open_columns[x][2] > 55
                                  for x in open_columns)
                           and not (len(line.cells) > 1 and c is line.cells[0] and
                                    match_label(c.text))), None)
        prose = continuing or (line.cells[0] if len(line.cells) == 1 else Cell(line.words)
                               if justified(line) else max(line.cells, key=lambda c: len(c.text)))
        if continuing is None and len(line.cells) > 1 and len(prose.text) < 40:
            open_columns.clear()
            continue
        column = next((x for x in open_columns if abs(x - prose.x0) < 6), None)
        current = None
        if column is not None:  # lines of another column in between do not end a paragraph
            tmap, previous, previous_len = open_columns.pop(column)
            if line.page == previous.page and previous_len > 55 and \
                    line.top - previous.bottom < 0.9 * line.height:
                current = tmap
        if current is None:
            current = TextMap()
            paragraphs.append(current)
        current.add_words(prose.words)
        open_columns[prose.x0] = (current, line, len(prose.text))
    return paragraphs



def names_an_id(text: str) -> bool:
    """True when the text states an identifier after a cue ("claim no. X"), not just "claim"."""
    return any(take_id(text[m.end():]) for m in ID_CUE.finditer(text))


POLICE_REF = re.compile(r"\bpolice\b[^.]{0,80}?\b(?:reference|ref\.?|report|case|crime|incident)"
                        r"(?:\s*/\s*\w+)?(?:\s+(?:reference|ref\.?|number|no\.?))*\s*"
                        r"(?:is\s+|was\s+|of\s+)?[:#]?\s*", re.I)


def _ids(text: str, tmap: TextMap, offset: int, out: Collector) -> None:
    for m in POLICE_REF.finditer(text):
        value = take_id(text[m.end():])
        if value:
            start = offset + m.end()
            out.add("police_report_number", value, tmap.words_in(start, start + len(value)),
                    0.7)
    for m in ID_CUE.finditer(text):
        value = take_id(text[m.end():])
        if not value:
            continue
        kind = (m.group("kind") or "police report").lower()
        if m.group("report") and not re.search(r"police|crime|officer|constabulary|sheriff|polizei",
                                               text[max(0, m.start() - 40):m.start()], re.I):
            continue
        name = ("claim_number" if kind == "claim" else
                "policy_number" if kind in ("policy", "certificate") else "police_report_number")
        start = offset + m.end()
        out.add(name, value, tmap.words_in(start, start + len(value)), 0.72)


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
    r"on\s+behalf\s+of)\s+(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"
    r"\s*(?:\([^)]*\)\s*)?,?\s+of\s+(?P<address>(?:\d|[A-Z])[^;()]*?)(?=\s+(?:in\s+connection|"
    r"in\s+respect|regarding|concerning|who|following)\b|,?\s+(?:and|following)\s|[.;]\s*$|$)")
NOTIFIED = re.compile(r"\b(?:notified|reported|advised|informed|lodged|submitted)\b")
REPORTED_BY = re.compile(r"\b(?:reported|notified|submitted|lodged)\s+by\b", re.I)
# "Claim pack sent to j.doe@example.com": what a desk sends goes to the claimant (a sentence
# naming another party is a decoy before this is asked).
SENT_TO = re.compile(r"\b(?:sent|e-?mailed|forwarded|mailed)\s+(?:out\s+)?to\s+(?=[\w.+-]+@)",
                     re.I)
THIRD_PERSON = re.compile(r"\b(?:the\s+)?(?:insured|claimant|policyholder)\b", re.I)
AS_FOLLOWS = re.compile(r"\b(?:account|statement|what\s+happened|told\s+us|you\s+said|"
                        r"in\s+(?:his|her|their|my|your)\s+"
                        r"(?:own\s+)?words|described|describes|explained|stated|"
                        r"(?:about|of)\s+the\s+following)\b[^.]*:\s*$|"
                        r"^(?:here\s+is|this\s+is)\s+what\s+happened[.:]?\s*$", re.I)
# "Our client's account is as follows: "A branch fell ..."": the account quoted after the colon.
QUOTED_ACCOUNT = re.compile(r"\b(?:account|statement|version|what\s+happened|described|explained|"
                            r"stated|as\s+follows)\b[^.:]*:\s*[\"“](?=\S)", re.I)
# A place ends where its sentence goes on (", and our client ...", ", and I would like ...",
# " when the pipe burst").
PLACE_END = re.compile(r",?\s+(?:and|but|when|where|while|which|who|after|before)\s+(?=[a-z])|"
                       r",?\s+(?:and|but|so)\s+(?:I|we|my|our|the\s+\w+\s+was)\b|"
                       r",\s+(?:which|where|when|while)\s+|\s+(?:when|while|because)\s+")
ADDRESSEE = re.compile(r"^(?:to|for\s+the\s+attention\s+of|attn\.?)\s+[^,:]{3,60},\s*", re.I)
DAY_DOT = re.compile(r"(?<![\d.])(\d{1,2})\.(?=\s+(?:januar|j[aä]nner|februar|m[aä]rz|april|mai|"
                     r"juni|juli|august|september|oktober|november|dezember)\b)", re.I)
STREET_ABBREVIATION = re.compile(r"(?:str|Str|St|Rd|Ave|Nr|No|Pl)\.$")
SIGNED_ON = re.compile(r"\b(?:signed|dated|submitted|completed|lodged|filed)\s+(?:on\s+)?",
                       re.I)
# A clause that hands over to the account of the loss: "... this happened: the pipe burst".
THEN_ACCOUNT = re.compile(r"\s*(?:\b(?:this|it|the\s+following|what)\s+(?:is\s+what\s+)?"
                          r"happened|\bas\s+follows)?\s*:\s+", re.I)
COVER = re.compile(r"\b(?:policy|premium|renewal|renewed|excess|deductible)\b", re.I)
NUMBERED = re.compile(r"^\s*\d{1,2}[.)](?:\s|$)")


# A date that follows these words tells when somebody called, wrote or reported, not the loss.
REPORTING = re.compile(r"\b(?:call(?:ed)?|phoned|telephoned|spoke|wrote|written|e-?mail(?:ed)?|"
                       r"letter|reported|notified|informed|contacted|visited|inspected|quoted|"
                       r"invoiced|repaired|printed|sent|received|dated|signed|since)\b"
                       r"(?:\s+(?!that\b)\w+){0,3}\s+(?:on|of|dated)\s*$", re.I)


BORN = re.compile(r"\b(?:birth|born|d\.?o\.?b\.?)\s*:?\s*$", re.I)  # nobody's loss


def loss_date(s_text: str) -> re.Match[str] | None:
    """The sentence's date of the loss: the first one not after a reporting verb ("further to
    my call on 10 March, I write about the collision on 9 March" -> 9 March)."""
    return next((d for d in DATE_PATTERN.finditer(s_text)
                 if not REPORTING.search(s_text[max(0, d.start() - 40):d.start()]) and
                 not BORN.search(s_text[max(0, d.start() - 20):d.start()])), None)


def _loss_score(s_text: str, cues: set[str]) -> float:
    """How strongly a dated sentence tells when the loss happened."""
    if "OTHER" in cues or names_an_id(s_text) or not loss_date(s_text):
        return 0.0
    if "LOSS" in cues:
        return 0.72
    if s_text.lower().startswith("on "):
        return 0.66
    if FIRST_PERSON.search(s_text) or THIRD_PERSON.search(s_text):
        return 0.5
    return 0.0


def collect_prose(lines: list[Line], out: Collector) -> None:
    """Add candidates found in sentences, headers and signatures."""
    nlp, matcher = _pipeline()
    collect_contacts(lines, out)
    for line in lines:  # identifiers named in running text: "Re: Claim No. X, Policy Y"
        to = ADDRESSEE.match(line.text)
        dated = DATE_PATTERN.fullmatch(line.text.rstrip(" ."), to.end()) if to else None
        if dated:  # "To the claims team, 17 March 2026": the note's date, when it was sent
            out.add("date_reported", dated.group(0), line.words, 0.62)
        tmap = TextMap()
        tmap.add_words(line.words)
        _ids(tmap.text, tmap, 0, out)
    sentences: list[tuple[str, list, set[str], int]] = []  # text, words, cues, paragraph
    paragraphs = _paragraphs(lines)
    starts = [tmap.words[0].x0 if tmap.words else 0.0 for tmap in paragraphs]
    for number, tmap in enumerate(paragraphs):
        text = tmap.text
        _ids(text, tmap, 0, out)  # again over whole paragraphs: numbers wrap across lines
        # "on 18. November 2025": a German day's full stop ends no sentence (same length, so
        # the words' offsets hold)
        doc = nlp(DAY_DOT.sub(r"\1 ", text))
        cues_by_sent: dict[int, set[str]] = {}
        for match_id, start, end in matcher(doc):
            label = nlp.vocab.strings[match_id]
            sent = doc[start].sent
            if label == "OTHER" and end < len(doc) and doc[end].text in ("'s", "’s") and not (
                    EMAIL.search(sent.text) or PHONE.search(sent.text)):
                continue  # "the neighbour's oak fell onto the car": their tree, not their details
            if label == "OTHER" and doc[start:end].text.lower() == "repair" and end < len(doc) \
                    and COST_NOUN.match(doc[end].text):
                continue  # "the repair estimate totals $X": the cost of the repair, no repairer
            if label == "CONTACT" and doc[start:end].text.lower() in ("me on", "me at") and \
                    not (EMAIL.search(sent.text) or PHONE.search(sent.text)):
                continue  # "the dog bit me on the calf": no number or address to reach me on
            cues_by_sent.setdefault(sent.start, set()).add(label)
        begun: int | None = None  # where the sentence in hand begins
        for sent in doc.sents:
            cues = cues_by_sent.get(sent.start, set())
            if begun is not None and sent.text[:1].isdigit() and STREET_ABBREVIATION.search(
                    sentences[-1][0]):  # "at Klotzstr. 94-66 Passau": one sentence, not two
                cues = sentences.pop()[2] | cues
            else:
                begun = sent.start_char
            words = tmap.words_in(begun, sent.end_char)
            sentences.append((doc.text[begun:sent.end_char], words, cues, number))
    proxy = [_sentence_values(s_text, words, cues, out) for s_text, words, cues, _n in sentences]
    if any(proxy):
        _set_writer_aside(out)
    _loss_story(sentences, starts, out)
    collect_narrative(sentences, out)


CLAIMING = re.compile(r"\b(?:I|we)\s+(?:am|are|have\s+been|will\s+be)?\s*claim(?:ing)?\b|"
                      r"\b(?:I|we)\s+claim\b", re.I)
YEAR_MAKE = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\s+(?:" + "|".join(
    re.escape(m) for m in sorted(VEHICLE_MAKES, key=len, reverse=True)) + r")\b[^.;()]{0,30}", re.I)


WRITER = ("_header_and_signature", "_thread_parties", "_sender_block", "_contact_blocks")


def _set_writer_aside(out: Collector) -> None:
    """The text says the writer writes for the claimant: the sender's name, mailbox, phone and
    address (From: header, sender block, signature) are the writer's, not the claimant's."""
    claimant = {str(c.value) for c in out.found.get("claimant_name", [])
                if c.source == "collect_roles"}
    for name in ("claimant_name", "claimant_email", "claimant_phone", "claimant_address"):
        kept = []
        for cand in out.found.get(name, []):
            if cand.source in WRITER and str(cand.value) not in claimant:
                out.add_decoy(cand.raw)
            else:
                kept.append(cand)
        out.found[name] = kept


def _cue_pattern(label: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in CUES[label]) + r")\b", re.I)


AMOUNT_CUE, OTHER_CUE = _cue_pattern("AMOUNT"), _cue_pattern("OTHER")


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


def _sentence_values(s_text: str, words: list, cues: set[str], out: Collector) -> bool:
    """Values stated in one sentence; True when it says the writer writes for the claimant."""
    money = AMOUNT_PATTERN.search(s_text) if MONEY_MARK.search(s_text) else None
    vehicle = YEAR_MAKE.search(s_text)  # "damage to my 2022 Mini Cooper (registration ..."
    if vehicle:
        out.add("vehicle_make_model_year", vehicle.group(0), words, 0.5)
    acknowledged = ACKNOWLEDGED.search(s_text)
    told = DATE_PATTERN.match(s_text, acknowledged.end()) if acknowledged else None
    if told:  # "Thank you for notifying us on 26 October 2025": the insurer says when
        _acknowledged(told.group(0), words, out)
    other = "OTHER" in cues
    if other:
        out.add_decoy(s_text)
        if "AMOUNT" in cues and money and CLAIMING.search(s_text):
            # "The garage estimated $4,321.59, which is the amount I am claiming": the
            # repairer is named, but the claimant claims the amount.
            out.add("claimed_amount", s_text[money.start():], words, 0.7)
        elif "AMOUNT" in cues and money:
            _amount_clause(s_text, words, out)
        return False
    proxy = collect_roles(s_text, words, out)
    if "AMOUNT" in cues and money:
        out.add("claimed_amount", s_text[money.start():], words, 0.72)
    about_claimant = FIRST_PERSON.search(s_text) or THIRD_PERSON.search(s_text)
    if ("CONTACT" in cues or about_claimant and re.search(r"reached|contact|e-?mail", s_text,
                                                           re.I)) and about_claimant:
        out.add("claimant_phone", s_text, words, 0.72)
        out.add("claimant_email", s_text, words, 0.72)
    elif sent := SENT_TO.search(s_text):  # a note of the forms sent to the claimant's mailbox
        out.add("claimant_email", s_text[sent.end():], words, 0.6)
    premises = PREMISES_AT.search(s_text)
    at = ADDRESS.match(s_text, premises.end()) if premises else None
    if at:  # "I own the rental property at 12 Oak St, Dover, DE 19901": where the loss is
        out.add("incident_location", at.group(0), words, 0.6)
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


def _loss_place(s_text: str, words: list, score: float, out: Collector) -> bool:
    """The place a loss sentence names after "at", "near" or "on" (True when it names one)."""
    date = loss_date(s_text)
    assert date is not None
    place = DATE_THEN_PLACE.match(s_text, date.end()) or AT_PLACE.search(
        s_text[date.end():]) or AT_PLACE.search(s_text[:date.start()])
    if not place or TIME.match(place.group("place")) or NOT_PLACE.match(place.group("place")):
        return False
    # "at Elm St, Dover, DE this happened: the pipe burst": the place ends at the account
    where = THEN_ACCOUNT.split(place.group("place"), maxsplit=1)[0]
    # the place ends where the sentence goes on ("..., MB, and I would like to claim")
    # and before the preposition of the date after it ("... ON M7A 4B9 on 3 May")
    where = PLACE_END.split(where, maxsplit=1)[0]
    where = re.sub(r"[\s,]+(?:on|at|in)\s*$", "", where)
    return bool(out.add("incident_location", where, words, score))


def _quoted_account(sentences: list[tuple[str, list, set[str], int]], out: Collector) -> None:
    """An account quoted after its introduction in the same sentence, up to the closing quote
    (which may be some sentences on, in the same paragraph)."""
    for i, (s_text, words, _c, number) in enumerate(sentences):
        opened = QUOTED_ACCOUNT.search(s_text)
        if opened is None:
            continue
        parts, found = [s_text[opened.end():]], list(words)
        for t, w, _c2, n in sentences[i + 1:i + 8]:
            if parts[-1].rstrip().endswith(('"', "”")) or n != number:
                break
            parts.append(t)
            found += w
        text = " ".join(parts).strip()
        if text.endswith(('"', "”")) and len(text.split()) >= 4:
            out.add("incident_description", text.rstrip('"” '), found, 0.75)


def _loss_story(sentences: list[tuple[str, list, set[str], int]], starts: list[float],
                out: Collector) -> None:
    """The loss sentence (its date and place), and the narrative that follows or is quoted."""
    scored = [(_loss_score(t, c), i) for i, (t, _w, c, _n) in enumerate(sentences)]
    best_score, best = max(scored, key=lambda si: (si[0], -si[1]), default=(0.0, -1))
    if best_score > 0:
        s_text, words, _cues, _number = sentences[best]
        out.loss_sentence = s_text
        date = loss_date(s_text)
        assert date is not None
        out.add("date_of_loss", date.group(0), words, best_score)
        # the place from the loss sentence, else from the next best one that names the loss
        ranked = sorted((si for si in scored if si[0] > 0), key=lambda si: (-si[0], si[1]))
        for _score, i in ranked[:3]:
            if _loss_place(sentences[i][0], sentences[i][1], 0.62 if i == best else 0.58, out):
                break
    _quoted_account(sentences, out)
    # A narrative introduced by "... as follows:" is the next paragraph, whole.
    for i, (s_text, _w, _c, number) in enumerate(sentences):
        if AS_FOLLOWS.search(s_text):
            # The next paragraph in the same column or indented under it (not a sidebar's).
            following = next((n for n in range(number + 1, len(starts))
                              if starts[n] >= starts[number] - 6), None)
            quoted = [(t, w) for t, w, _c, n in sentences[i + 1:] if n == following]
            if quoted:
                out.add("incident_description", " ".join(t for t, _ in quoted),
                        [x for _, w in quoted for x in w], 0.75)
    if best_score <= 0:
        return
    story: list[tuple[str, list]] = []
    s_text, words, _cues, paragraph = sentences[best]
    story_paragraph = -1  # the paragraph the account has reached
    told = THEN_ACCOUNT.search(s_text)
    if told and s_text[:told.start()].count("(") > s_text[:told.start()].count(")"):
        told = None  # "Ann Lee (home: 7 Elm Rd; tel ...)": a caption inside brackets, no account
    if told and len(s_text[told.end():].split()) >= 4:  # the account follows in the sentence
        story.append((s_text[told.end():], words))
    for s_text, words, cues, number in sentences[best + 1:]:
        if story and told and number != paragraph:
            break  # an account begun inside the loss sentence ends with its paragraph
        if story and number != paragraph and number != story_paragraph and "LOSS" not in cues:
            break  # a new paragraph that tells of no loss: the letter has moved on
        money = AMOUNT_PATTERN.search(s_text) if MONEY_MARK.search(s_text) else None
        if "OTHER" in cues or money or EMAIL.search(s_text) or PHONE.search(s_text) or \
                "CONTACT" in cues or names_an_id(s_text) or NUMBERED.match(s_text) or \
                AS_FOLLOWS.search(s_text) or re.search(r"\bpolice\b", s_text, re.I) or \
                s_text.rstrip().endswith(":") or COVER.search(s_text):
            break  # contacts, amounts, references and police reports are not the story, nor
            # a line that opens a list, nor what the writer says of the policy itself
        story.append((s_text, words))
        story_paragraph = number
    if story:
        out.add("incident_description", " ".join(t for t, _ in story),
                [w for _, ws in story for w in ws], 0.6)
