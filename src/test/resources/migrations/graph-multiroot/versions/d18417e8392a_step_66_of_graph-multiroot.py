"""step 66 of graph-multiroot

Revision ID: d18417e8392a
Revises: a8f7060edf5b, 9479c9277d9b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'd18417e8392a'
down_revision = ('a8f7060edf5b', '9479c9277d9b')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
