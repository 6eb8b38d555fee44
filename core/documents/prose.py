"""Stage 2c: values inside sentences (letters, e-mails, statements), found with spaCy.

A blank English pipeline (no model download) with a sentencizer and our own phrase patterns
(the cues in sentences.py): running text is joined into paragraphs, split into sentences, and
each sentence's values are read in sentences.py; the loss sentence and its account in
loss_story.py. Identifiers named in running text are read here, over lines and paragraphs.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.util import compile_suffix_regex

from core.documents.candidates import EMAIL, PHONE, Collector, take_id
from core.documents.contacts import collect_contacts
from core.documents.declarations import collect_declaration
from core.documents.layout import Cell, Line, unquoted
from core.documents.lexicon import classify_incident, match_label
from core.documents.loss_story import loss_story
from core.documents.narrative import collect_narrative
from core.documents.roles import proxy_home
from core.documents.sentences import CUES, ID_CUE, sentence_values
from core.documents.textmap import TextMap
from core.documents.threads import SALUTATION
from core.documents.validate import DATE_PATTERN

COST_NOUN = re.compile(r"(?:estimate|quote|cost|bill|total|figure)s?$", re.I)
ADDRESSEE = re.compile(r"^(?:to|for\s+the\s+attention\s+of|attn\.?)\s+[^,:]{3,60},\s*", re.I)
DAY_DOT = re.compile(r"(?<![\d.])(\d{1,2})\.(?=\s+(?:januar|j[aä]nner|februar|m[aä]rz|april|mai|"
                     r"juni|juli|august|september|oktober|november|dezember)\b)", re.I)
STREET_ABBREVIATION = re.compile(r"(?:str|Str|St|Rd|Ave|Nr|No|Pl)\.$")


@lru_cache(maxsize=1)
def _pipeline() -> tuple[Language, PhraseMatcher]:
    nlp = spacy.blank("en")
    for abbreviation in ("Fr.", "no.", "No.", "NO.", "ref.", "Ref.", "tel.", "Tel.", "nr.", "Nr.",
                         "approx.", "St.", "Ave.", "Rd.", "Apt.", "Mr.", "Mrs.", "Ms.", "Dr.",
                         "Inc.", "Ltd.", "Rs.", "Co."):
        # "(report no. PHX-1)" is one sentence, not two.
        nlp.tokenizer.add_special_case(  # type: ignore[union-attr]
            abbreviation, [{"ORTH": abbreviation}])
    # an identifier's check letter ends a sentence with its full stop: "policy MV5247-C. On",
    # "policy P2133396Z. It"
    suffixes = [*nlp.Defaults.suffixes, r"(?<=\d[A-Z])\.", r"(?<=\d[-/][A-Z])\."]  # type: ignore[misc]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # type: ignore[union-attr]
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


# A list item's number or letter: "4.", "12)", "(b)", "iv."
ENUMERATOR = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]")


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
        current.add_words(unquoted(prose.words))
        open_columns[prose.x0] = (current, line, len(prose.text))
        if len(prose.words) > 2 and ENUMERATOR.fullmatch(prose.words[0].text):
            # "4. The value of ... is the amount / I claim": a numbered paragraph's lines
            # wrap under its text, not under the number (OCR reads both as one cell)
            indent = prose.words[1].x0
            for x in [x for x in open_columns if abs(x - indent) < 6]:
                del open_columns[x]
            open_columns[indent] = open_columns[prose.x0]
    return paragraphs


POLICE_REF = re.compile(r"\bpolice\b[^.]{0,80}?\b(?:reference|ref\.?|report|case|crime|incident|"
                        r"event)(?:\s*/\s*\w+)?(?:\s+(?:reference|ref\.?|number|no\.?))*\s*"
                        r"(?:is\s+|was\s+|of\s+)?[:#]?\s*", re.I)


# One label naming two numbers, the values in the same order: "Claim and policy numbers?
# CLM-1, policy POL-2", "Policy / claim no.: POL-2 / CLM-1".
PAIRED_IDS = re.compile(r"\b(?P<first>claim|policy)\s*(?:and|&|/)\s*(?P<second>claim|policy)\s+"
                        r"(?:numbers?|nos?\.?|references?|refs?\.?)\s*[?:#]?\s*", re.I)
PAIR_GAP = re.compile(r"\s*(?:[,;/&]|\band\b)\s*(?:(?:claim|policy)\s*(?:no\.?|number|#)?\s*"
                      r"[:#]?\s*)?", re.I)


def _paired_ids(text: str, tmap: TextMap, out: Collector) -> None:
    for m in PAIRED_IDS.finditer(text):
        first, second = m.group("first").lower(), m.group("second").lower()
        if first == second:
            continue
        start = m.end()
        for kind in (first, second):
            value = take_id(text[start:])
            if not value:
                break
            begin = text.index(value, start)
            out.add(f"{kind}_number", value, tmap.words_in(begin, begin + len(value)), 0.72)
            gap = PAIR_GAP.match(text, begin + len(value))
            if gap is None:
                break
            start = gap.end()


# Another party's insurer named just before a claim reference: "Other insurer: Acme Mutual,
# claim 480-38763" is their claim, not the one this document makes.
OTHER_INSURER = re.compile(r"\b(?:other|third[-\s]party|their|other\s+driver'?s)\s+"
                           r"(?:\w+\s+)?(?:insurer|insurance|carrier)\b[^.;]*$", re.I)


def _ids(text: str, tmap: TextMap, offset: int, out: Collector,
         theirs: frozenset[int] = frozenset()) -> None:
    _paired_ids(text, tmap, out)
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
        start = offset + m.end()
        if kind == "claim" and (OTHER_INSURER.search(text[max(0, m.start() - 60):m.start()]) or
                                any(id(w) in theirs for w in tmap.words_in(start, start + 1))):
            continue
        if m.group("report") and not re.search(r"police|crime|officer|constabulary|sheriff|polizei",
                                               text[max(0, m.start() - 40):m.start()], re.I):
            continue
        name = ("claim_number" if kind == "claim" else
                "policy_number" if kind in ("policy", "certificate") else "police_report_number")
        out.add(name, value, tmap.words_in(start, start + len(value)), 0.72)


SUBJECT = re.compile(r"^(?:re|subject|betreff|objet|oggetto|asunto)\s*:", re.I)


def _subject_says_liability(lines: list[Line], out: Collector) -> None:
    """A letter's subject line that says the claim is about harm a third party caused or a
    claim made against the writer ("Policy X - claim for damage caused by a third party")
    names who is claiming from whom, which the account of the loss itself rarely says."""
    for i, line in enumerate(lines[:40]):
        greeting = i + 1 < len(lines) and SALUTATION.match(lines[i + 1].text)
        if not (SUBJECT.match(line.text) or greeting and "claim" in line.text.lower()):
            continue
        kind = classify_incident(line.text)
        if kind and kind[0] == "liability":
            out.add("incident_type", line.text, line.words, 0.7)


def collect_prose(lines: list[Line], out: Collector) -> None:
    """Add candidates found in sentences, headers and signatures."""
    nlp, matcher = _pipeline()
    collect_contacts(lines, out)
    _subject_says_liability(lines, out)
    for line in lines:  # identifiers named in running text: "Re: Claim No. X, Policy Y"
        to = ADDRESSEE.match(line.text)
        dated = DATE_PATTERN.fullmatch(line.text.rstrip(" ."), to.end()) if to else None
        if dated:  # "To the claims team, 17 March 2026": the note's date, when it was sent
            out.add("date_reported", dated.group(0), line.words, 0.62)
        tmap = TextMap()
        tmap.add_words(line.words)
        _ids(tmap.text, tmap, 0, out)
    theirs = frozenset(id(w) for line in lines if OTHER_INSURER.search(line.cells[0].text)
                       for w in line.words)  # the rows of another party's insurer
    sentences: list[tuple[str, list, set[str], int]] = []  # text, words, cues, paragraph
    paragraphs = _paragraphs(lines)
    collect_declaration(lines, paragraphs, out)
    starts = [tmap.words[0].x0 if tmap.words else 0.0 for tmap in paragraphs]
    for number, tmap in enumerate(paragraphs):
        text = tmap.text
        _ids(text, tmap, 0, out, theirs)  # again over paragraphs: numbers wrap across lines
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
    proxy = [sentence_values(s_text, words, cues, out) for s_text, words, cues, _n in sentences]
    if any(proxy):
        _set_writer_aside(out)
        for i, said in enumerate(proxy):  # "... on behalf of my father, Jo Lee. He lives at ..."
            for s_text, words, _cues, number in sentences[i + 1:i + 3] if said else []:
                if number == sentences[i][3]:
                    proxy_home(s_text, words, out)
    loss_story(sentences, starts, out)
    collect_narrative(sentences, out)


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
