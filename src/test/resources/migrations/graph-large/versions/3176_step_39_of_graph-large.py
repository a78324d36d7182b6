"""step 39 of graph-large

Revision ID: c9ef6bd21684
Revises: 5177481b0744
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'c9ef6bd21684'
down_revision: str | Sequence[str] | None = '5177481b0744'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
