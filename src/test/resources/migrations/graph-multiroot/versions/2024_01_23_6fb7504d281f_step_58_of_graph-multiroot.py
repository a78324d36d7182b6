"""step 58 of graph-multiroot

Revision ID: 6fb7504d281f
Revises: c0e9ed2662e9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '6fb7504d281f'
down_revision = 'c0e9ed2662e9'
branch_labels = None
depends_on = 'ae34cac5b68c'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
