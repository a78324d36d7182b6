"""step 56 of graph-multiroot

Revision ID: 66518268690b
Revises: 28c1444d610b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '66518268690b'
down_revision = '28c1444d610b'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
