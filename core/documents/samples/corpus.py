"""A corpus of sample claims beside their ground truth, and bad inputs for intake tests."""

from __future__ import annotations

import json
import random
import zlib
from pathlib import Path

from faker import Faker
from fpdf import FPDF

from core.documents.samples.layouts import LAYOUTS, build_claim_pdf, render_claim_pdf
from core.documents.samples.pdfkit import CREATION_DATE
from core.documents.samples.scan import scan_pdf
from core.documents.samples.truth import make_claim_record

BAD_SEED = 20260105
ENCRYPTED_USER_PASSWORD = "claimdesk-user"  # the bad "encrypted" input opens with this
ENCRYPTED_OWNER_PASSWORD = "claimdesk-owner"
TOO_MANY_PAGES = 60
BOMB_PIXELS = 30000  # width and height the image bomb declares


def generate_corpus(out_dir: Path, count: int, seed: int = 7,
                    scanned_share: float = 0.3) -> list[Path]:
    """Write `<case>.pdf` and `<case>.truth.json` for `count` claims; return the PDF paths.

    Layouts cycle in LAYOUTS order; round(count * scanned_share) cases, picked at random, are
    scanned copies. The truth is the record plus `layout` and `scanned`. A seed always gives
    the same files, byte for byte.
    """
    if count < 0 or not 0 <= scanned_share <= 1:
        raise ValueError("count must be >= 0 and scanned_share within [0, 1]")
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    fake = Faker("en_US")
    fake.seed_instance(seed)
    scanned = set(rng.sample(range(count), round(count * scanned_share)))
    seen: set[str] = set()
    paths = []
    for index in range(count):
        layout = LAYOUTS[index % len(LAYOUTS)]
        record = make_claim_record(rng, fake)
        while record["claim_number"] in seen:
            record = make_claim_record(rng, fake)
        seen.add(record["claim_number"])
        pdf = render_claim_pdf(record, layout, rng)
        if index in scanned:
            pdf = scan_pdf(pdf, rng)
        case = out_dir / f"case_{index + 1:04d}"
        pdf_path = case.with_suffix(".pdf")
        pdf_path.write_bytes(pdf)
        truth = {**record, "layout": layout, "scanned": index in scanned}
        case.with_suffix(".truth.json").write_text(
            json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        paths.append(pdf_path)
    return paths


def _sample_claim_pdf() -> FPDF:
    rng = random.Random(BAD_SEED)
    fake = Faker("en_US")
    fake.seed_instance(BAD_SEED)
    return build_claim_pdf(make_claim_record(rng, fake), "form_inline", rng)


def _many_pages(pages: int) -> bytes:
    pdf = FPDF(format="Letter")
    pdf.set_creation_date(CREATION_DATE)
    pdf.set_font("Helvetica", size=11)
    for page in range(1, pages + 1):
        pdf.add_page()
        pdf.cell(0, 10, f"Attachment to claim, photograph log, page {page} of {pages}")
    return bytes(pdf.output())


def _hand_written_pdf(objects: list[bytes]) -> bytes:
    """A PDF from its numbered objects (1..n, 1 the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _image_bomb(pixels: int) -> bytes:
    """One page showing a white 1-bit image of pixels x pixels, deflated twice: ~100 KB on
    disk, over 100 MB once inflated and pixels squared bytes once rendered."""
    row = b"\xff" * ((pixels + 7) // 8)
    inner = zlib.compressobj(9)
    chunk = row * 1000
    parts = [inner.compress(chunk) for _ in range(pixels // 1000)]
    parts.append(inner.compress(row * (pixels % 1000)))
    parts.append(inner.flush())
    data = zlib.compress(b"".join(parts), 9)
    content = b"q 612 0 0 792 0 0 cm /Im0 Do Q"
    return _hand_written_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 1 /Filter [/FlateDecode /FlateDecode] /Length %d >>\nstream\n"
        % (pixels, pixels, len(data)) + data + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ])


def make_bad_inputs(out_dir: Path) -> dict[str, Path]:
    """Write the inputs intake must refuse; return them by name.

    empty (0 bytes), not_a_pdf (text named .pdf), truncated (first half of a valid claim PDF),
    encrypted (user password ENCRYPTED_USER_PASSWORD), too_many_pages (60 pages) and
    image_bomb (a small file whose page holds a 30000 x 30000 pixel image).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    valid = bytes(_sample_claim_pdf().output())
    encrypted = _sample_claim_pdf()
    encrypted.set_encryption(owner_password=ENCRYPTED_OWNER_PASSWORD,
                             user_password=ENCRYPTED_USER_PASSWORD)
    contents = {
        "empty": b"",
        "not_a_pdf": b"Claim notes\n\nThis is a plain text file that only has a .pdf name.\n",
        "truncated": valid[: len(valid) // 2],
        # fpdf2 salts encryption from os.urandom: this one file differs between runs
        "encrypted": bytes(encrypted.output()),
        "too_many_pages": _many_pages(TOO_MANY_PAGES),
        "image_bomb": _image_bomb(BOMB_PIXELS),
    }
    paths = {}
    for name, data in contents.items():
        path = out_dir / f"{name}.pdf"
        path.write_bytes(data)
        paths[name] = path
    return paths
