"""step 35 of graph-branchy

Revision ID: 6377e8e72789
Revises: b1fe57124242
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '6377e8e72789'
down_revision = 'b1fe57124242'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
