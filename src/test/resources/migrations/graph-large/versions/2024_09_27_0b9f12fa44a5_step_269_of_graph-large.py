"""step 269 of graph-large

Revision ID: 0b9f12fa44a5
Revises: 06c8b557e787, 2a895327c858
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '0b9f12fa44a5'
down_revision: str | Sequence[str] | None = (
    '06c8b557e787',
    '2a895327c858',
)
branch_labels = None
depends_on = 'a556fd5c8c01'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
