"""The Audit trail page: admins only; searched by user, kind of action, claim, policy and day;
old and new values readable; paginated; a CSV export of the search."""

from __future__ import annotations

import pytest

from core.auth.service import record_login
from core.claims.service import get_claim, list_claims, update_claim_fields
from core.policies.schemas import PolicyUpdate
from core.policies.service import list_policies, update_policy
from tests.pages.conftest import demo_user, log_in, run_page_directly, table, texts

PAGE = "pages/audit.py"


def test_an_admin_sees_the_newest_entries_first_with_a_pager_and_an_export(app):
    record_login("adjuster")
    at = log_in(app, "admin", PAGE)
    assert not at.exception and not at.error
    assert texts(at.title) == ["Audit trail"]
    rows = table(at)
    assert list(rows.columns) == ["at", "username", "action", "entity", "summary"]
    assert (rows["username"][0], rows["action"][0]) == ("adjuster", "login")
    assert len(rows) == 25 and any(c.startswith("Page 1 of ") for c in texts(at.caption))
    assert [b.key for b in at.get("download_button")] == ["audit.export"]


def test_a_claim_shows_its_edits_with_old_and_new_values(app):
    adjuster = demo_user("adjuster")
    claim = list_claims(actor=adjuster, page_size=1).items[0]
    detail = get_claim(claim.id, actor=adjuster)
    old_name = detail.fields["claimant_name"].value
    update_claim_fields(claim.id, {"claimant_name": "Zed Example"}, actor=adjuster,
                        expected_version=detail.version)
    at = log_in(app, "admin", PAGE)
    at.text_input(key="audit.claim").input(claim.number).run()
    assert not at.exception and not at.error
    rows = table(at)
    assert set(rows["entity"]) == {f"claim {claim.id}"}
    assert rows["action"][0] == "claim field edited" and rows["username"][0] == "adjuster"
    assert rows["summary"][0] == f"claimant_name: {old_name} → Zed Example"
    assert list(rows["action"])[-1] == "claim created"


def test_filters_by_user_kind_policy_and_unknown_numbers(app):
    admin = demo_user("admin")
    policy = list_policies(actor=admin, page_size=1).items[0]
    update_policy(policy.id, PolicyUpdate(auto_renew=not policy.auto_renew), actor=admin)
    record_login("agent")
    at = log_in(app, "admin", PAGE)
    at.selectbox(key="audit.group").set_value("logins").run()
    assert set(table(at)["action"]) == {"login"} and table(at)["username"][0] == "agent"
    at.selectbox(key="audit.group").set_value("").run()
    at.text_input(key="audit.policy").input(policy.number).run()
    rows = table(at)
    assert list(rows["action"]) == ["policy updated", "policy created"]
    assert rows["summary"][0] == f"auto_renew: {policy.auto_renew} → {not policy.auto_renew}"
    at.text_input(key="audit.user").input("nobody").run()
    assert texts(at.info) == ["No audit entries match this search."]
    assert not at.get("download_button")
    at.text_input(key="audit.user").input("").run()
    at.text_input(key="audit.policy").input("POL-NOT-THERE").run()
    assert texts(at.error) == ["policy: there is no policy numbered POL-NOT-THERE"]


@pytest.mark.parametrize("role", ["adjuster", "agent"])
def test_no_audit_page_for_others(app, role):
    at = log_in(app, role)
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(PAGE)


def test_the_audit_page_itself_refuses_a_non_admin(demo_db):
    at = run_page_directly(PAGE, "adjuster")
    assert not at.exception
    assert texts(at.error) == ["This page is for admin users; you are logged in as adjuster."]
    assert not at.dataframe and not at.get("download_button")
