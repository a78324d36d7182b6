"""step 58 of graph-large

Revision ID: a860c1a528d7
Revises: 9421c2255f74
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a860c1a528d7'
down_revision: str | Sequence[str] | None = '9421c2255f74'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
