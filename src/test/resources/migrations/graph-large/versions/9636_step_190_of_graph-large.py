"""step 190 of graph-large

Revision ID: fccbb68e1d75
Revises: abc1da5b54a9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'fccbb68e1d75'
down_revision: str | Sequence[str] | None = 'abc1da5b54a9'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
