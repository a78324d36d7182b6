"""step 7 of graph-multiroot

Revision ID: 4b0d8d5288f1
Revises: 0b1fce9ff57f, 614217be3111
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '4b0d8d5288f1'
down_revision = ('0b1fce9ff57f', '614217be3111')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
