"""The bad inputs intake must refuse are what their names say."""

from __future__ import annotations

import pdfplumber
import pytest

from core.documents.samples import make_bad_inputs
from core.documents.samples.corpus import BOMB_PIXELS, ENCRYPTED_USER_PASSWORD, TOO_MANY_PAGES


@pytest.fixture(scope="module")
def bad(tmp_path_factory):
    return make_bad_inputs(tmp_path_factory.mktemp("bad"))


def test_all_bad_inputs_are_written(bad):
    assert set(bad) == {"empty", "not_a_pdf", "truncated", "encrypted", "too_many_pages",
                        "image_bomb"}
    assert all(path.exists() and path.suffix == ".pdf" for path in bad.values())


def test_empty_and_text_files_are_not_pdfs(bad):
    assert bad["empty"].stat().st_size == 0
    data = bad["not_a_pdf"].read_bytes()
    assert data and not data.startswith(b"%PDF")


def test_a_truncated_pdf_starts_like_one_and_cannot_be_read(bad):
    assert bad["truncated"].read_bytes().startswith(b"%PDF-")
    with pytest.raises(Exception), pdfplumber.open(bad["truncated"]) as document:  # noqa: B017
        document.pages[0].extract_text()


def test_the_encrypted_pdf_needs_its_password(bad):
    with pytest.raises(Exception), pdfplumber.open(bad["encrypted"]) as document:  # noqa: B017
        document.pages[0].extract_text()
    with pdfplumber.open(bad["encrypted"], password=ENCRYPTED_USER_PASSWORD) as document:
        assert "Claim" in document.pages[0].extract_text()


def test_the_long_pdf_has_sixty_pages(bad):
    with pdfplumber.open(bad["too_many_pages"]) as document:
        assert len(document.pages) == TOO_MANY_PAGES == 60


def test_the_image_bomb_is_small_on_disk_and_huge_in_pixels(bad):
    assert bad["image_bomb"].stat().st_size < 20_000
    with pdfplumber.open(bad["image_bomb"]) as document:
        (image,) = document.pages[0].images
        assert image["srcsize"] == (BOMB_PIXELS, BOMB_PIXELS)
