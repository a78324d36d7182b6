"""step 102 of graph-large

Revision ID: beac498c4162
Revises: 632d5a4edb16, 514a5ee65e08
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'beac498c4162'
down_revision = ('632d5a4edb16', '514a5ee65e08')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
