"""step 346 of graph-large

Revision ID: 0d7f217560b6
Revises: a74c55cc3bd6
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '0d7f217560b6'
down_revision: str | Sequence[str] | None = 'a74c55cc3bd6'
branch_labels = None
depends_on = '980a5be27fa8'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
