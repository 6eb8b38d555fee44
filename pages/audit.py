"""Audit trail (admins only): who did what and when, searched by user, kind of action, claim,
policy and day; paginated, with a CSV export of the search."""

from __future__ import annotations

from typing import Any

import streamlit as st

from core.audit.describe import ACTION_GROUPS, GROUP_LABELS, action_label
from core.audit.search import EXPORT_LIMIT, AuditRow, AuditSearch, export_audit_csv, search_audit
from pages.components.feedback import fetch
from pages.components.session import require_page_role
from pages.components.tables import filter_box, page_request, paginator, show_table

PAGER = "audit.pager"
COLUMNS = {
    "at": st.column_config.DatetimeColumn("When (UTC)", format="YYYY-MM-DD HH:mm:ss"),
    "username": "Who",
    "action": "What",
    "entity": "On",
    "summary": st.column_config.TextColumn("Details", width="large"),
}


def to_row(row: AuditRow) -> dict[str, Any]:
    entity = f"{row.entity_type} {row.entity_id}" if row.entity_id else row.entity_type
    return {"at": row.at, "username": row.username, "action": action_label(row.action),
            "entity": entity.replace("_", " "), "summary": row.summary}


admin = require_page_role("admin")
st.title("Audit trail")

top = st.columns(3)
username = top[0].text_input("User", key="audit.user", placeholder="username")
group = filter_box(top[1], "What", list(ACTION_GROUPS), every="Every action",
                   key="audit.group", describe=GROUP_LABELS.get)
days = top[2].date_input("Days", value=(), key="audit.days",
                         help="UTC days, both included; leave empty for any day.")
date_from, date_to = (tuple(days) + (None, None))[:2] if isinstance(days, tuple) else (days, None)
bottom = st.columns(3)
claim = bottom[0].text_input("Claim", key="audit.claim", placeholder="claim number or id")
policy = bottom[1].text_input("Policy", key="audit.policy", placeholder="policy number or id")
action = bottom[2].text_input("Action name", key="audit.action",
                              placeholder="e.g. claim_field_edited")

search = AuditSearch(username=username or None, group=group, action=action or None,
                     claim=claim or None, policy=policy or None, date_from=date_from,
                     date_to=date_to)
page, size = page_request(PAGER, *vars(search).values())
result = fetch(search_audit, actor=admin, search=search, page=page, page_size=size)
show_table(result.items, COLUMNS, empty="No audit entries match this search.", to_row=to_row)
paginator(PAGER, result, "entries")

if result.total:
    # Built only when clicked (deferred), so an export is made, and audited, once per click.
    st.download_button("Export this search as CSV", key="audit.export",
                       data=lambda: export_audit_csv(actor=admin, search=search),
                       file_name="audit-trail.csv", mime="text/csv", on_click="ignore",
                       icon=":material/download:")
    if result.total > EXPORT_LIMIT:
        st.caption(f"The export holds the newest {EXPORT_LIMIT:,} of {result.total:,} entries; "
                   "narrow the search for the others.")
