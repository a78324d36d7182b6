"""step 54 of graph-multiroot

Revision ID: d10b33173470
Revises: 28c1444d610b, ecabbc8f7d29
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'd10b33173470'
down_revision = ('28c1444d610b', 'ecabbc8f7d29')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
