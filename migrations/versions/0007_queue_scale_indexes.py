"""indexes and keyset pagination support for the review queue at scale (issue #6)

The risk order walks the current scores by (fraud_probability, claim_id), with or without a
band in front; a status and period filter and the product filter are answered from indexes
alone; on PostgreSQL the substring search uses pg_trgm GIN indexes on the lower-cased claim
number, claimant, customer name and policy number.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 18:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (index, table, column): a GIN trigram index on lower(column), PostgreSQL only.
TRIGRAM_INDEXES = (
    ('ix_claims_number_trgm', 'claims', 'number'),
    ('ix_claims_claimant_name_trgm', 'claims', 'claimant_name'),
    ('ix_customers_name_trgm', 'customers', 'name'),
    ('ix_policies_number_trgm', 'policies', 'number'),
)


def _trigram_opclass(bind: sa.Connection) -> str:
    """gin_trgm_ops, qualified with the schema pg_trgm lives in (created in public if absent).

    Never created in the schema being migrated: the extension is one per database, and dropping
    that schema (as the tests do with theirs) would drop it with every trigram index elsewhere.
    """
    schema = bind.execute(sa.text(
        "SELECT n.nspname FROM pg_extension AS e JOIN pg_namespace AS n "
        "ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'")).scalar()
    if schema is None:
        bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public"))
        schema = 'public'
    return f'"{schema}".gin_trgm_ops'


def upgrade() -> None:
    with op.batch_alter_table('scores', schema=None) as batch_op:
        batch_op.create_index('ix_scores_current_risk', ['fraud_probability', 'claim_id'],
                              unique=False, postgresql_where=sa.text('current'),
                              sqlite_where=sa.text('current'))
        batch_op.create_index('ix_scores_current_band_risk',
                              ['risk_band', 'fraud_probability', 'claim_id'], unique=False,
                              postgresql_where=sa.text('current'),
                              sqlite_where=sa.text('current'))
    with op.batch_alter_table('claims', schema=None) as batch_op:
        # A status and period filter (with the product's policies) from the index alone.
        batch_op.create_index('ix_claims_status_created_at_policy_id',
                              ['status', 'created_at', 'policy_id', 'id'], unique=False)
    with op.batch_alter_table('policies', schema=None) as batch_op:
        # The queue's product filter reads a product's policy ids from the index alone.
        batch_op.create_index('ix_policies_product_id_id', ['product_id', 'id'], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        opclass = _trigram_opclass(bind)
        for name, table, column in TRIGRAM_INDEXES:
            op.execute(f'CREATE INDEX {name} ON {table} USING gin (lower({column}) {opclass})')


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for name, _table, _column in reversed(TRIGRAM_INDEXES):
            op.execute(f'DROP INDEX IF EXISTS {name}')
    with op.batch_alter_table('policies', schema=None) as batch_op:
        batch_op.drop_index('ix_policies_product_id_id')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index('ix_claims_status_created_at_policy_id')
    with op.batch_alter_table('scores', schema=None) as batch_op:
        batch_op.drop_index('ix_scores_current_band_risk')
        batch_op.drop_index('ix_scores_current_risk')
