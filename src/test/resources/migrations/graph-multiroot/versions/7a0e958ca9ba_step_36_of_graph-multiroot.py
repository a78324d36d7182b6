"""step 36 of graph-multiroot

Revision ID: 7a0e958ca9ba
Revises: 66aadd59ba71
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '7a0e958ca9ba'
down_revision = '66aadd59ba71'
branch_labels = None
depends_on = 'ae34cac5b68c'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
