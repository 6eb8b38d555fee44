"""One readable line per audit entry: old -> new values for edits, key: value for the rest."""

from __future__ import annotations

import json
from typing import Any

ARROW = " → "
MAX_VALUE = 80
# Grouped actions the audit search offers ("what happened"); other actions are searched by name.
ACTION_GROUPS: dict[str, tuple[str, ...]] = {
    "logins": ("login", "logout", "login_failed", "account_locked"),
    "edits": ("claim_field_edited", "claim_conflict_resolved", "claim_policy_linked",
              "policy_updated", "customer_updated", "product_updated", "user_role_changed",
              "call_outcome_recorded"),
    "decisions": ("claim_review_started", "claim_approved", "claim_rejected",
                  "claim_info_requested", "claim_reopened", "claim_withdrawn"),
    "intake": ("claim_created", "claim_filed", "claim_document_attached", "duplicate_upload"),
    "models": ("model_registered", "model_activated"),
    "calls": ("call_started", "call_finished", "campaign_created", "campaign_running",
              "campaign_paused", "campaign_completed", "campaign_cancelled"),
    "tasks": ("task_queued", "task_cancelled"),
}
# Where the stored action name reads oddly as words (a campaign set running was started).
ACTION_LABELS = {"campaign_running": "campaign started", "claim_info_requested":
                 "claim information requested", "audit_exported": "audit trail exported"}
GROUP_LABELS = {"logins": "Logins", "edits": "Field edits", "decisions": "Claim decisions",
                "intake": "Claims received (upload, form, attached documents)",
                "models": "Model versions", "calls": "Calls and campaigns",
                "tasks": "Background tasks"}


def action_label(action: str) -> str:
    """The action in words: 'claim field edited', 'campaign started'."""
    return ACTION_LABELS.get(action, action.replace("_", " "))


def format_value(value: Any) -> str:
    """A value as a short text: (empty) for None or '', JSON for lists and dicts."""
    if value is None or value == "":
        return "(empty)"
    text = value if isinstance(value, str) else json.dumps(value, default=str, sort_keys=True)
    text = " ".join(text.split())
    return text if len(text) <= MAX_VALUE else text[:MAX_VALUE - 1] + "…"


def _change(old: Any, new: Any) -> str:
    return f"{format_value(old)}{ARROW}{format_value(new)}"


def _pairs(details: dict[str, Any]) -> list[str]:
    return [f"{key}: {format_value(value)}" for key, value in details.items()
            if value is not None]


def _is_change(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"old", "new"}


def describe_details(details: dict[str, Any] | None) -> str:
    """The details of an entry as one line, e.g. 'claimed_amount: 1000.00 → 1200.00'."""
    details = dict(details or {})
    if {"field", "old", "new"} <= set(details):  # one field edited
        line = f"{details.pop('field')}: {_change(details.pop('old'), details.pop('new'))}"
        if details.pop("valid", True) is False:
            line += " (failed its check)"
        return "; ".join([line, *_pairs(details)])
    if {"old", "new"} <= set(details):
        old, new = details.pop("old"), details.pop("new")
        if isinstance(old, dict) and isinstance(new, dict):  # several values of one record
            changes = [f"{key}: {_change(old.get(key), new.get(key))}"
                       for key in dict.fromkeys([*old, *new]) if old.get(key) != new.get(key)]
            return "; ".join(changes + _pairs(details)) or "no change"
        return "; ".join([_change(old, new), *_pairs(details)])
    if {"old_status", "new_status"} <= set(details):  # a decision
        line = f"status: {_change(details.pop('old_status'), details.pop('new_status'))}"
        return "; ".join([line, *_pairs(details)])
    if details and all(_is_change(v) for v in details.values()):  # fields of a record
        return "; ".join(f"{key}: {_change(v['old'], v['new'])}" for key, v in details.items())
    return "; ".join(_pairs(details))
