"""step 193 of graph-large

Revision ID: 97576ff5976c
Revises: e202a0f09a0c, 015849b1a24d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '97576ff5976c'
down_revision: str | Sequence[str] | None = (
    'e202a0f09a0c',
    '015849b1a24d',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
