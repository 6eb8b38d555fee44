"""What the learnt chooser sees of each field candidate: generic features, one row each.

In: a Collector holding every stage's candidates for one document, the document (page geometry,
text source, the words around each value) and the hand choice. Out: a feature row per
candidate (field, proposing stage and function, hand score and its rank, support of its value,
agreement, position on the page, decoy and firm marks, length, and the labels and words before
and above it) and per field a row for its "no value" option. Nothing here is tuned to a layout:
the model learns what the features are worth (bench/train_chooser.py).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict

from core.documents.candidates import Candidate, Collector
from core.documents.lexicon import match_label, names_other_party
from core.documents.pdf_text import DocumentText, PageText, Word
from core.documents.schemas import FIELD_NAMES

# fields that no stage proposes as candidates: they follow from the chosen ones
DERIVED = ("currency", "line_items")
CHOSEN_FIELDS = tuple(n for n in FIELD_NAMES if n not in DERIVED)
PARTY_FIELDS = ("claimant_name", "claimant_phone", "claimant_email")
CONTEXT_WORDS = 6  # words before a value that may hold its label
BUCKETS = 32  # hashed buckets for the words around a value


def _rank(values: list[float], value: float) -> int:
    return sum(1 for v in values if v > value)


def _same_line(a: Word, b: Word) -> bool:
    return min(a.bottom, b.bottom) - max(a.top, b.top) > 0.5 * min(a.bottom - a.top,
                                                                    b.bottom - b.top)


def _context(first: Word, last: Word, page: PageText) -> tuple[list[Word], list[Word]]:
    """The words before the value on its line (nearest CONTEXT_WORDS), and the nearest line
    above it that overlaps it across the page: where a label for it would stand."""
    left = sorted((w for w in page.words if w.x1 <= first.x0 + 1 and _same_line(w, first)),
                  key=lambda w: w.x0)[-CONTEXT_WORDS:]
    height = max(1.0, first.bottom - first.top)
    over = [w for w in page.words if w.bottom <= first.top + 1
            and w.top >= first.top - 3 * height and w.x1 >= first.x0 - 40
            and w.x0 <= max(last.x1, first.x1) + 40]
    if not over:
        return left, []
    nearest = max(over, key=lambda w: w.bottom)
    return left, sorted((w for w in over if _same_line(w, nearest)), key=lambda w: w.x0)


def _label_in(words: list[Word], memo: dict[str, tuple[str, int] | None]) -> tuple[str, int]:
    """(the field the label nearest the value names, its distance in words), from the
    lexicon's labels ('other' for another party's); ('', -1) when none."""
    for start in range(len(words) - 1, -1, -1):
        text = " ".join(w.text for w in words[start:])
        if text not in memo:
            memo[text] = match_label(text)
        found = memo[text]
        if found is not None:
            return found[0], len(words) - start
    return "", -1


def _bucket(token: str) -> int:
    return int(hashlib.md5(token.encode()).hexdigest()[:8], 16) % BUCKETS  # noqa: S324


def context_features(name: str, cand: Candidate, pages: dict[int, PageText],
                     memo: dict[str, tuple[str, int] | None]) -> dict[str, float]:
    """Where the value stands against the labels near it: whether the label before it or above
    it names its own field, another field or another party, how far, and the words there."""
    row: dict[str, float] = {}
    if not cand.words or cand.words[0].page not in pages:
        return row
    left, above = _context(cand.words[0], cand.words[-1], pages[cand.words[0].page])
    for where, words in (("left", left), ("above", above)):
        row[f"{where}_words"] = len(words)
        label, distance = _label_in(words, memo)
        if label:
            row[f"{where}_label_own"] = float(label == name)
            row[f"{where}_label_party"] = float(label == "other")
            row[f"{where}_label_field"] = float(label not in (name, "other"))
            row[f"{where}_label_distance"] = distance
        text = " ".join(w.text for w in words)
        row[f"{where}_decoy"] = float(names_other_party(text.lower()))
        for token in {t for t in re.findall(r"[a-z]{3,}", text.lower())}:
            row[f"{where}_bow{_bucket(token)}"] = 1.0
    return row


def candidate_features(out: Collector, document: DocumentText,
                       hand: dict[str, Candidate]) -> list[tuple[Candidate, dict[str, float]]]:
    """One generic feature row per candidate of every chosen field."""
    pages = {p.number: p for p in document.pages}
    n_pages = max(1, len(document.pages))
    by_value: dict[str, set[str]] = defaultdict(set)  # value -> fields proposing it
    for name in CHOSEN_FIELDS:
        for c in out.found.get(name) or []:
            by_value[str(c.value)].add(name)
    hand_values = {str(c.value): name for name, c in hand.items()}
    rows: list[tuple[Candidate, dict[str, float]]] = []
    memo: dict[str, tuple[str, int] | None] = {}
    for name in CHOSEN_FIELDS:
        cands = out.found.get(name) or []
        if not cands:
            continue
        scores = [c.base_score for c in cands]
        # the score as the hand rules weigh it: lowered at a firm's mailbox or beside a decoy
        weighed = [c.base_score * (0.35 if "firm" in c.flags else 1.0) * (
            0.35 if name in PARTY_FIELDS and str(c.value) in out.decoys else 1.0) for c in cands]
        held: dict[str, float] = defaultdict(float)
        support: dict[str, float] = defaultdict(float)
        agreeing: dict[str, int] = defaultdict(int)
        sources: dict[str, set[str]] = defaultdict(set)
        first_seen: dict[str, int] = {}
        for i, c in enumerate(cands):
            key = str(c.value)
            support[key] += c.base_score
            held[key] += weighed[i]
            agreeing[key] += 1
            sources[key].add(f"{c.stage}.{c.source}")
            first_seen.setdefault(key, i)
        supports = list(support.values())
        total = sum(supports) or 1.0
        helds = list(held.values())
        held_total = sum(helds) or 1.0
        hand_pick = hand.get(name)
        ordered = sorted(helds, reverse=True) + [0.0]
        group = {"field_top_held": ordered[0], "field_margin": ordered[0] - ordered[1],
                 "field_top_share": ordered[0] / held_total,
                 "field_agreeing": max(agreeing.values()) / len(cands)}
        for i, c in enumerate(cands):
            key = str(c.value)
            row: dict[str, float] = {
                f"field={name}": 1.0, f"stage={c.stage}": 1.0,
                f"source={c.stage}.{c.source}": 1.0,
                "score": c.base_score, "score_rank": _rank(scores, c.base_score),
                "score_gap": max(scores) - c.base_score,
                "support": support[key], "support_share": support[key] / total,
                "support_rank": _rank(supports, support[key]),
                "support_gap": max(supports) - support[key],
                "weighed": weighed[i], "weighed_rank": _rank(weighed, weighed[i]),
                "held": held[key], "held_share": held[key] / held_total,
                "held_rank": _rank(helds, held[key]), "held_gap": max(helds) - held[key],
                "agreeing": agreeing[key], "agreeing_sources": len(sources[key]),
                "candidates": len(cands), "values": len(support),
                "order": i / len(cands), "value_order": first_seen[key] / len(cands),
                "hand_pick": float(hand_pick is not None and str(hand_pick.value) == key),
                "other_fields": len(by_value[key] - {name}),
                "other_hand_pick": float(hand_values.get(key, name) != name),
                "decoy": float(name in PARTY_FIELDS and key in out.decoys),
                "firm": float("firm" in c.flags),
                "warning": float(c.warning is not None),
                "value_chars": len(key), "value_words": len(key.split()),
                "raw_chars": len(c.raw), "words": len(c.words),
                "pages": n_pages, "agreeing_share": agreeing[key] / len(cands),
                **group, **context_features(name, c, pages, memo),
            }
            if c.words:
                word = c.words[0]
                page = pages.get(word.page)
                row["page"] = word.page
                row["last_page"] = float(word.page == n_pages)
                if page is not None:
                    row["rel_y"] = word.top / max(1.0, page.height)
                    row["rel_x"] = word.x0 / max(1.0, page.width)
                    row["ocr"] = float(page.source == "ocr")
                row["word_confidence"] = min(w.confidence for w in c.words)
            rows.append((c, row))
    return rows


def none_rows(rows: list[tuple[Candidate, dict[str, float]]]) -> dict[str, dict[str, float]]:
    """Per field with candidates, the row of its "no value" option (the contract: a field the
    document does not state is null), scored beside the candidates: the field, how its
    candidates stand as a group, and the none mark."""
    out: dict[str, dict[str, float]] = {}
    for cand, row in rows:
        if cand.field not in out:
            out[cand.field] = {f"field={cand.field}": 1.0, "none": 1.0, "pages": row["pages"],
                               "candidates": row["candidates"], "values": row["values"],
                               **{k: v for k, v in row.items() if k.startswith("field_")}}
        best = out[cand.field]
        best["score"] = max(best.get("score", 0.0), row["score"])
        best["support"] = max(best.get("support", 0.0), row["support"])
        best["held"] = max(best.get("held", 0.0), row["held"])
    return out
