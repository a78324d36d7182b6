"""step 285 of graph-large

Revision ID: d26f4292ddbd
Revises: 871673fd9612
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'd26f4292ddbd'
down_revision = '871673fd9612'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
