"""step 211 of graph-large

Revision ID: 85ddb5d18054
Revises: c9806a404672
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '85ddb5d18054'
down_revision: str | Sequence[str] | None = 'c9806a404672'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
