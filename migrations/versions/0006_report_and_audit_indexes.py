"""indexes for the reports and the audit search (issue #6)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 18:45:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, index, columns): what the report queries and the audit search filter on.
INDEXES = (
    ('claims', 'ix_claims_decided_at', ['decided_at']),
    ('policies', 'ix_policies_renewal_status_end_date', ['renewal_status', 'end_date']),
    ('calls', 'ix_calls_created_at', ['created_at']),
    ('audit_log', 'ix_audit_log_action_at', ['action', 'at']),
)


def upgrade() -> None:
    # Plain CREATE INDEX on both backends: no table is copied, so SQLite keeps its triggers.
    for table, name, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for table, name, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
