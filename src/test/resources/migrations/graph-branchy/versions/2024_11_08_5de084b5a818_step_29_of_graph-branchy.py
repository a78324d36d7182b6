"""step 29 of graph-branchy

Revision ID: 5de084b5a818
Revises: 2954b12aa1f6, 6683a260cd0b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '5de084b5a818'
down_revision: str | Sequence[str] | None = (
    '2954b12aa1f6',
    '6683a260cd0b',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
