"""The Calls and Campaigns pages in demo mode: a call labelled simulated, a campaign run."""

from __future__ import annotations

import pytest

from core.calls.campaign import campaign_progress, list_campaigns
from core.calls.service import SIMULATED_LABEL, list_calls
from core.calls.simulated import SimulatedCallClient
from core.config import reset_settings
from tests.factories import make_customer
from tests.pages.conftest import demo_user, fill, log_in, table, texts

CALLS = "pages/calls.py"
CAMPAIGNS = "pages/campaigns.py"


@pytest.fixture
def fast_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated calls without their pauses, and no calls-per-second wait."""
    monkeypatch.setattr(SimulatedCallClient, "step_seconds", 0.0)
    monkeypatch.setenv("CLAIMDESK_CALLS_PER_SECOND", "1000")
    reset_settings()
    yield
    reset_settings()


@pytest.mark.parametrize("username", ["admin", "agent", "adjuster"])
def test_both_pages_render_for_every_calling_role(app, username):
    at = log_in(app, username, CALLS)
    assert not at.exception
    assert [t.value for t in at.title] == ["Calls"]
    assert any(SIMULATED_LABEL in t for t in texts(at.info))
    at.switch_page(CAMPAIGNS).run()
    assert not at.exception
    assert [t.value for t in at.title] == ["Campaigns"]


def test_a_call_from_the_calls_page_is_labelled_simulated(app, demo_db, fast_calls):
    customer = make_customer(name="Zed Caller", phone="+16175550127")
    at = log_in(app, "agent", CALLS)
    at.selectbox(key="calls.customer").set_value(customer).run()
    at.button(key="calls.start").click().run()
    assert not at.exception and not at.error
    assert SIMULATED_LABEL in texts(at.info)
    [call] = list_calls(actor=demo_user("agent"), customer_id=customer).items
    assert (call.status, call.simulated) == ("completed", True)
    rows = table(at)
    assert rows[rows["id"] == call.id]["mode"].tolist() == ["Simulated call"]

    at.selectbox(key="calls.pick").set_value(call.id).run()
    form = at.form(key=f"calls.outcome.{call.id}")
    form.selectbox[0].set_value("renewed")
    fill(form, {"Summary": "Renewed for another year."})
    at.button(key="calls.save_outcome").click().run()
    assert not at.exception and not at.error
    assert list_calls(actor=demo_user("agent"), customer_id=customer).items[0].outcome == "renewed"


def test_the_call_button_on_a_customer(app, demo_db, fast_calls):
    make_customer(name="Quinn Ringer", phone="+16175550128")
    at = log_in(app, "agent", "pages/customers.py")
    at.text_input(key="customers.search").input("Quinn Ringer").run()
    at.button(key="customers.call").click().run()
    assert not at.exception and not at.error
    [message] = texts(at.success)
    assert message.endswith(f"completed ({SIMULATED_LABEL}).")


def test_a_campaign_is_created_started_and_a_batch_run(app, demo_db, fast_calls):
    ids = [make_customer(name=f"Camp Target {i}", phone=f"+1617555016{i}") for i in (5, 6, 0)]
    at = log_in(app, "agent", CAMPAIGNS)
    at.radio(key="campaigns.kind").set_value("Chosen customers").run()
    form = at.form(key="campaigns.new.0")
    fill(form, {"Name": "Page test renewals"})
    form.multiselect[0].set_value(ids)
    at.button(key="campaigns.create").click().run()
    assert not at.exception and not at.error
    assert texts(at.success) == ["Created campaign Page test renewals."]
    campaign = next(c for c in list_campaigns(actor=demo_user("agent"))
                    if c.name == "Page test renewals")
    at.selectbox(key="campaigns.selected").set_value(campaign.id).run()
    at.button(key="campaigns.start").click().run()
    assert texts(at.success) == ["Started Page test renewals."]
    at.button(key="campaigns.run").click().run()
    assert not at.exception and not at.error
    # The run went to the task queue (inline under the test broker); the panel says how it ended.
    assert any(t.startswith("Dialled 3 in 1 batch; 1 left to call later")
               for t in texts(at.success)), texts(at.success)
    assert any(t == "Calls: 1 busy, 2 completed." for t in texts(at.caption))
    progress = campaign_progress(campaign.id)
    assert (progress.dialled, progress.by_status) == (3, {"completed": 2, "busy": 1})
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Dialled"] == "3"


def test_the_call_button_on_a_policy(app, demo_db, fast_calls):
    from tests.factories import make_policy

    customer = make_customer(name="Pat Policyholder", phone="+16175550129")
    make_policy(customer_id=customer, number="POL-CALL-1")
    at = log_in(app, "adjuster", "pages/policies.py")
    at.segmented_control(key="policies.view").set_value("All policies").run()
    at.text_input(key="policies.search").input("POL-CALL-1").run()
    [key] = [b.key for b in at.button if (b.key or "").startswith("policies.call.")]
    at.button(key=key).click().run()
    assert not at.exception and not at.error
    [message] = texts(at.success)
    assert message.endswith(f"completed ({SIMULATED_LABEL}).")
    [call] = list_calls(actor=demo_user("admin"), customer_id=customer).items
    assert call.policy_id is not None and call.purpose == "renewal_reminder"
