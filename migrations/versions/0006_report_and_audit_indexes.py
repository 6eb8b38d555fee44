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

# PostgreSQL keeps no statistics on an expression unless told to; without them it guesses a
# million weeks, plans a single-process hash of every claim and takes 2-3x longer. These match
# the week expressions core/reports/sql.py compiles (CREATE STATISTICS on expressions: PG 14+).
PG_STATISTICS = (
    ('claims_created_week', "CAST(date_trunc('week', created_at) AS DATE)"),
    ('claims_decided_week', "CAST(date_trunc('week', decided_at) AS DATE)"),
)


def upgrade() -> None:
    # Plain CREATE INDEX on both backends: no table is copied, so SQLite keeps its triggers.
    for table, name, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)
    if op.get_bind().dialect.name == 'postgresql':
        for name, expression in PG_STATISTICS:
            op.execute(f'CREATE STATISTICS {name} ON ({expression}) FROM claims')


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for name, _expression in PG_STATISTICS:
            op.execute(f'DROP STATISTICS IF EXISTS {name}')
    for table, name, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
