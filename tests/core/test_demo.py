"""The demo data set: big enough to show the desk, the same on every run, never in production."""

from __future__ import annotations

from datetime import date

import pytest

from core.auth.service import load_login_credentials
from core.claims.demo import DEMO_CLAIMS, SCANNED
from core.claims.service import get_claim, list_claims
from core.demo import seed_demo
from core.errors import ConfigError
from core.policies.customers import list_customers
from core.policies.products import list_products
from core.policies.service import list_expiring_policies, list_policies
from tests.factories import make_user

TODAY = date(2026, 3, 10)


def desk_figures(actor) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """What the desk shows, read through the services rather than the seed's own report."""
    products = list_products(actor=actor, page_size=100).items
    return {
        "products": len(products),
        "product_types": len({p.product_type for p in products}),
        "customers": list_customers(actor=actor).total,
        "first_customers": list_customers(actor=actor, page_size=20).items,
        "policies": list_policies(actor=actor).total,
        "expiring": list_expiring_policies(actor=actor, within_days=30, today=TODAY).total,
        "users": sorted(load_login_credentials()["usernames"]),
    }


def test_seed_demo_builds_the_data_set_and_is_idempotent(db):
    viewer = make_user("adjuster", username="viewer")
    first = seed_demo(today=TODAY, with_claims=False)
    figures = desk_figures(viewer)
    assert figures["products"] >= 6
    assert figures["product_types"] >= 3
    assert figures["customers"] == 200
    assert figures["policies"] == 300
    assert figures["expiring"] >= 20
    assert figures["users"] == ["adjuster", "admin", "agent", "viewer"]
    assert (first.users, first.products, first.customers, first.policies) == (
        4, figures["products"], figures["customers"], figures["policies"])
    assert first.expiring_within_30_days == figures["expiring"]

    second = seed_demo(today=TODAY, with_claims=False)
    assert second == first
    assert desk_figures(viewer) == figures


def test_seed_demo_makes_claims_from_documents_through_intake(db):
    report = seed_demo(today=TODAY)
    viewer = make_user("adjuster", username="viewer")
    claims = list_claims(actor=viewer, page_size=100).items
    assert report.claims == len(claims) == DEMO_CLAIMS
    details = [get_claim(c.id, actor=viewer) for c in claims]
    files = [d.documents[0].file_name for d in details]
    assert sum(name.endswith("-scanned.pdf") for name in files) == len(SCANNED)
    # Most claims sit on their customer's policy; the rest show the reviewer a warning.
    linked = [d for d in details if d.policy_id is not None]
    assert len(linked) >= DEMO_CLAIMS // 2
    messages = [w.message for d in details for w in d.warnings]
    assert any("belongs to another customer" in m for m in messages)
    assert any("is not on file" in m for m in messages)
    assert seed_demo(today=TODAY).claims == DEMO_CLAIMS  # nothing twice


def test_seed_demo_is_refused_in_production(db, settings_env):
    settings_env(CLAIMDESK_MODE="production")
    with pytest.raises(ConfigError, match="production"):
        seed_demo(today=TODAY)
    assert load_login_credentials()["usernames"] == {}
