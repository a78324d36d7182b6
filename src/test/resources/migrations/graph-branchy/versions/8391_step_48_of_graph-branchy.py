"""step 48 of graph-branchy

Revision ID: e4ddc28ee907
Revises: 8e3187ddaeb7, 46e430f97058
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e4ddc28ee907'
down_revision: str | Sequence[str] | None = (
    '8e3187ddaeb7',
    '46e430f97058',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
