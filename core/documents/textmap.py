"""Text with a map from character offsets back to the words (and so boxes) they came from."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from core.documents.pdf_text import Word
from core.documents.schemas import BBox


class TextMap:
    """Joins words into text; `words_in(start, end)` finds the words behind a span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.words: list[Word] = []
        self.length = 0

    def add_words(self, words: Iterable[Word], sep: str = " ") -> None:
        for word in words:
            if self.length:
                self._raw(sep if not self.parts[-1].endswith("\n") else "")
            self.starts.append(self.length)
            self.words.append(word)
            self._raw(word.text)

    def newline(self) -> None:
        if self.length and not self.parts[-1].endswith("\n"):
            self._raw("\n")

    def _raw(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def words_in(self, start: int, end: int) -> list[Word]:
        first = max(0, bisect_right(self.starts, start) - 1)
        found = []
        for i in range(first, len(self.words)):
            ws = self.starts[i]
            if ws >= end:
                break
            if ws + len(self.words[i].text) > start:
                found.append(self.words[i])
        return found


def union_box(words: list[Word]) -> tuple[int | None, BBox | None]:
    """The page and the box around words (the first word's page only)."""
    if not words:
        return None, None
    page = words[0].page
    same = [w for w in words if w.page == page]
    return page, (round(min(w.x0 for w in same), 1), round(min(w.top for w in same), 1),
                  round(max(w.x1 for w in same), 1), round(max(w.bottom for w in same), 1))
