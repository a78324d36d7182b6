"""step 150 of graph-large

Revision ID: ea53b9dd03e4
Revises: 66259ae7ada0
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'ea53b9dd03e4'
down_revision: Union[str, Sequence[str], None] = '66259ae7ada0'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
