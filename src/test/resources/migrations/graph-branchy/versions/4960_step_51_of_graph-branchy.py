"""step 51 of graph-branchy

Revision ID: 50e4712ea6b3
Revises: e040e064a114
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '50e4712ea6b3'
down_revision = 'e040e064a114'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
