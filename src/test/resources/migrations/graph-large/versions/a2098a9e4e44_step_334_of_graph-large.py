"""step 334 of graph-large

Revision ID: a2098a9e4e44
Revises: 04ab8088be3a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a2098a9e4e44'
down_revision: str | Sequence[str] | None = '04ab8088be3a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
