"""step 47 of graph-multiroot

Revision ID: bdc1295d6fbf
Revises: a26017a0df49
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'bdc1295d6fbf'
down_revision = 'a26017a0df49'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
