"""review queue indexes: claims by received time, the current score of each claim

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-23 17:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index('ix_claims_created_at', ['created_at'], unique=False)
    with op.batch_alter_table('scores', schema=None) as batch_op:
        batch_op.create_index('ix_scores_current_claim_id',
                              ['claim_id', 'fraud_probability', 'risk_band'], unique=False,
                              postgresql_where=sa.text('current'),
                              sqlite_where=sa.text('current'))


def downgrade() -> None:
    with op.batch_alter_table('scores', schema=None) as batch_op:
        batch_op.drop_index('ix_scores_current_claim_id')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index('ix_claims_created_at')
