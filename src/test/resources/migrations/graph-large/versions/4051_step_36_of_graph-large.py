"""step 36 of graph-large

Revision ID: 60ba32e5bdda
Revises: b2c5b4b2846a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '60ba32e5bdda'
down_revision = 'b2c5b4b2846a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
