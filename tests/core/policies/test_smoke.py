from core.policies.service import list_expiring_policies, renew_policy
from tests.factories import make_policy, make_user


def test_renew_policy_creates_linked_next_term(db):
    admin = make_user("admin")
    policy_id = make_policy(end_in_days=10)
    expiring = list_expiring_policies(actor=admin, within_days=30)
    assert [p.id for p in expiring.items] == [policy_id]
    renewal = renew_policy(policy_id, actor=admin)
    assert renewal.previous_policy_id == policy_id
    assert renewal.number.startswith("POL-")
    assert list_expiring_policies(actor=admin, within_days=30).total == 0
