"""step 247 of graph-large

Revision ID: fed5ee9e3141
Revises: 683ba4a21e09
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'fed5ee9e3141'
down_revision: str | Sequence[str] | None = '683ba4a21e09'
branch_labels = None
depends_on = 'fe9fcffecfa1'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
