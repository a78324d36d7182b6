"""step 67 of graph-large

Revision ID: a082b70278a5
Revises: 809786d3ad85, 57b11ff6a943
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a082b70278a5'
down_revision: str | Sequence[str] | None = (
    '809786d3ad85',
    '57b11ff6a943',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
