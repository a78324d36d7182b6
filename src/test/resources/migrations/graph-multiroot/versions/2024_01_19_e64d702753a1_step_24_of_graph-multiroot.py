"""step 24 of graph-multiroot

Revision ID: e64d702753a1
Revises: badcc1590f53
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'e64d702753a1'
down_revision = 'badcc1590f53'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
