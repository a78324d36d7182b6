"""step 396 of graph-large

Revision ID: ddd4f672f18c
Revises: cc45fa31836a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'ddd4f672f18c'
down_revision: Union[str, Sequence[str], None] = 'cc45fa31836a'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
