"""step 136 of graph-large

Revision ID: 150910a726a9
Revises: cb8d66b435f2
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '150910a726a9'
down_revision: str | Sequence[str] | None = 'cb8d66b435f2'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
