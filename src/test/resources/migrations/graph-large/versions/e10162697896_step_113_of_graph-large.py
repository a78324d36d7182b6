"""step 113 of graph-large

Revision ID: e10162697896
Revises: 1946b70be893
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'e10162697896'
down_revision = '1946b70be893'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
