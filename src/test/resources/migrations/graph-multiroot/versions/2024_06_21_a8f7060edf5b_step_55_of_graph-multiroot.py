"""step 55 of graph-multiroot

Revision ID: a8f7060edf5b
Revises: d10b33173470
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'a8f7060edf5b'
down_revision = 'd10b33173470'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
