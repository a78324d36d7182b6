"""step 15 of graph-multiroot

Revision ID: 7e57827050a8
Revises: 360210f1bc81
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '7e57827050a8'
down_revision = '360210f1bc81'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
