"""step 367 of graph-large

Revision ID: dc01ccff9aa2
Revises: d6d1181a620a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'dc01ccff9aa2'
down_revision: str | Sequence[str] | None = 'd6d1181a620a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
