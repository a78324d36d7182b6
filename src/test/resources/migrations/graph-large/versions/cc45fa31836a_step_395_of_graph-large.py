"""step 395 of graph-large

Revision ID: cc45fa31836a
Revises: 3f4269a45c25
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'cc45fa31836a'
down_revision: Union[str, Sequence[str], None] = '3f4269a45c25'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
