"""Demo claims: documents generated for existing demo policies, sent through real intake.

Twelve claims in every layout, three of them scanned copies (OCR), most on their customer's
policy in force; one claimant is not the policy's customer and one policy is not on file, so
the review page has warnings to show. Each document has a fixed name and its own seed: a claim
already seeded is skipped without rendering anything, whatever day the seed runs on.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from faker import Faker
from sqlalchemy import select

from core.auth.schemas import CurrentUser
from core.claims.intake import ingest_document
from core.claims.models import ClaimDocument
from core.db import session_scope
from core.documents.samples import LAYOUTS, make_claim_record, render_claim_pdf, scan_pdf
from core.errors import DocumentRejected
from core.policies.models import Customer, Policy, Product

SEED = 20261124
DEMO_CLAIMS = 12
SCANNED = (1, 8, 10)  # form_boxed, dotted and email: one page each, so OCR stays quick
OTHER_CUSTOMER = 4  # this claimant files on someone else's policy
UNKNOWN_POLICY = 9  # this document quotes a policy number that is not on file
CLAIM_PRODUCT_TYPES = ("motor", "home", "health", "travel")
MIN_DAYS_IN_FORCE = 160  # the loss falls up to 150 days before today: inside the term


def demo_file_name(index: int) -> str:
    layout = LAYOUTS[index % len(LAYOUTS)]
    return f"demo-claim-{index + 1:02d}-{layout}{'-scanned' if index in SCANNED else ''}.pdf"


def _claimant(customer: Customer) -> dict[str, str]:
    return {"name": customer.name, "email": customer.email or "", "phone": customer.phone or "",
            "address": customer.address or customer.city or ""}


def _demo_document(index: int, policy: Policy, product_type: str, customer: Customer,
                   today: date) -> bytes:
    rng = random.Random(SEED * 100 + index)
    fake = Faker("en_US")
    fake.seed_instance(SEED * 100 + index)
    record = make_claim_record(
        rng, fake, policy_number=None if index == UNKNOWN_POLICY else policy.number,
        claimant=_claimant(customer), product_type=product_type,
        as_of=min(today, policy.end_date))
    pdf = render_claim_pdf(record, LAYOUTS[index % len(LAYOUTS)], rng)
    return scan_pdf(pdf, rng) if index in SCANNED else pdf


def seed_demo_claims(*, actor: CurrentUser, today: date) -> None:
    """Ingest whichever of the demo claim documents is not stored yet."""
    names = [demo_file_name(i) for i in range(DEMO_CLAIMS)]
    with session_scope() as session:
        done = set(session.scalars(
            select(ClaimDocument.file_name).where(ClaimDocument.file_name.in_(names))))
        if len(done) == len(names):
            return
        rows = session.execute(
            select(Policy, Product.product_type, Customer)
            .join(Product, Policy.product_id == Product.id)
            .join(Customer, Policy.customer_id == Customer.id)
            .where(Policy.status == "active", Product.product_type.in_(CLAIM_PRODUCT_TYPES),
                   Policy.start_date <= today - timedelta(days=MIN_DAYS_IN_FORCE),
                   Policy.end_date >= today)
            .order_by(Policy.number)
        ).all()
    if len(rows) < DEMO_CLAIMS + 1:
        return  # not the demo data set (or too small); nothing sensible to tie claims to
    chosen = random.Random(SEED).sample(rows, DEMO_CLAIMS + 1)
    for index, name in enumerate(names):
        if name in done:
            continue
        policy, product_type, customer = chosen[index]
        if index == OTHER_CUSTOMER:
            customer = chosen[DEMO_CLAIMS][2]
        data = _demo_document(index, policy, product_type, customer, today)
        try:
            ingest_document(data, name, actor=actor)
        except DocumentRejected:
            continue  # a scanned copy while OCR is switched off: the demo does without it
