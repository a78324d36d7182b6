"""step 21 of graph-large

Revision ID: fe9fcffecfa1
Revises: 2e847857dd86
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'fe9fcffecfa1'
down_revision: str | Sequence[str] | None = '2e847857dd86'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
