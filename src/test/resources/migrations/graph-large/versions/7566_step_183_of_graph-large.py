"""step 183 of graph-large

Revision ID: a7cccf553165
Revises: 46334cfb46b4
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a7cccf553165'
down_revision: str | Sequence[str] | None = '46334cfb46b4'
branch_labels = None
depends_on = '0cd1a1277707'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
