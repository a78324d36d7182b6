"""step 141 of graph-large

Revision ID: 0cd1a1277707
Revises: 150910a726a9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '0cd1a1277707'
down_revision = '150910a726a9'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
