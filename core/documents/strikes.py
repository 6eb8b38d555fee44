"""Crossed-out words on a scanned page: a stroke drawn through the middle of a word.

A hand that corrects a form strikes the old value through and writes the new one beside it.
On a text layer the stroke is a drawn line (pdf_text reads it from the page's vector lines);
on a scan it is a row of ink running unbroken across the word at mid-height, where letters
always leave gaps between them, with the letters' ink above and below it (an underline has
the letters above it only).
"""

from __future__ import annotations

import numpy as np

MIN_COVER = 0.85  # how much of the word's inked width the stroke must run across
MIN_HEIGHT = 12  # pixels: smaller print (a caption) sets its letters too close to tell apart
SLOPES = (-0.05, -0.025, 0.0, 0.025, 0.05)  # a hand's stroke slants a little
Box = tuple[float, float, float, float]


def _longest_run(row: np.ndarray) -> int:
    """The longest unbroken run of ink in a row of booleans."""
    best = run = 0
    for ink in row:
        run = run + 1 if ink else 0
        best = max(best, run)
    return best


def struck_words(pixels: np.ndarray, boxes: list[Box]) -> set[int]:
    """Which of the word boxes (x0, top, x1, bottom in pixels) a stroke crosses out: those it
    runs across, and the short words beside them it runs on into ("Jan 21, 2026")."""
    paper = float(np.percentile(pixels[::4, ::4], 90))
    ink = pixels < paper - 80
    bands = _crossed(ink, boxes)
    for _round in range(3):  # a stroke over three or four short words reaches them in turn
        for i, (first, last) in list(bands.items()):
            x0, top, x1, bottom = boxes[i]
            for j, (a0, atop, a1, abottom) in enumerate(boxes):
                if j in bands or min(bottom, abottom) - max(top, atop) < 0.5 * (bottom - top):
                    continue
                gap = a0 - x1 if a0 >= x0 else x0 - a1
                if not -4 <= gap < bottom - top:
                    continue
                left, right = (x1, a0) if a0 >= x0 else (a1, x0)
                region = ink[first:last + 1, max(0, int(min(left, right)) - 3):
                             int(max(left, right)) + 4]
                if region.shape[1] >= 3 and any(row.all() for row in region):
                    bands[j] = (first, last)
    return set(bands)


def _crossed(ink: np.ndarray, boxes: list[Box]) -> dict[int, tuple[int, int]]:
    """The words a stroke runs right across, each with the page rows of its middle band."""
    struck: dict[int, tuple[int, int]] = {}
    for i, (x0, top, x1, bottom) in enumerate(boxes):
        box = ink[max(0, int(top)):int(bottom) + 1, max(0, int(x0)):int(x1) + 1]
        if box.shape[0] < 6 or box.shape[1] < 12:
            continue
        cols = np.flatnonzero(box.any(axis=0))
        rows = np.flatnonzero(box.any(axis=1))
        if cols.size == 0 or rows.size < 6:
            continue
        inked = box[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
        height, width = inked.shape
        if width < 2 * height or height < MIN_HEIGHT or inked.mean() > 0.45:
            continue  # one or two letters, small print, or light letters on a dark band
        first, last = int(0.3 * height), int(0.75 * height)
        if _stroke(inked, first, last):
            top_row = max(0, int(top)) + rows[0]
            struck[i] = (top_row + first, top_row + last)
    return struck


def _stroke(inked: np.ndarray, first: int, last: int) -> bool:
    """Whether a slanted line (SLOPES) between rows `first` and `last` runs in ink across the
    word with letters' ink both above and below it for most of its length. A pixel counts
    when it or the one under it is ink, so a slant's steps do not break the stroke."""
    height, width = inked.shape
    cols = np.arange(width)
    thick = inked | np.vstack([inked[1:], np.zeros((1, width), dtype=bool)])
    above = np.logical_or.accumulate(inked, axis=0)  # ink at or above each row
    below = np.logical_or.accumulate(inked[::-1], axis=0)[::-1]  # ink at or below
    for slope in SLOPES:
        offsets = np.round(slope * (cols - width / 2)).astype(int)
        for row in range(first, last + 1):
            index = row + offsets
            if index.min() < 3 or index.max() + 4 >= height:
                continue
            if _longest_run(thick[index, cols]) < MIN_COVER * width:
                continue
            both = above[index - 3, cols] & below[index + 4, cols]
            if both.mean() >= 0.4:
                return True
    return False
