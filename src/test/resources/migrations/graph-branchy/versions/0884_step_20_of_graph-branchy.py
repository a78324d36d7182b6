"""step 20 of graph-branchy

Revision ID: 90fb9c1caaf7
Revises: 7c260316909e
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '90fb9c1caaf7'
down_revision: str | Sequence[str] | None = '7c260316909e'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
