"""step 235 of graph-large

Revision ID: 34057420718b
Revises: 3ea8ed2f6ea9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '34057420718b'
down_revision: Union[str, Sequence[str], None] = '3ea8ed2f6ea9'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
