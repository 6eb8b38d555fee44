"""product-offer campaigns and interest per call (issue #7)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 18:45:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Interest and conversion per product group the calls by product and outcome.
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.create_index('ix_calls_product_id_outcome', ['product_id', 'outcome'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.drop_index('ix_calls_product_id_outcome')
