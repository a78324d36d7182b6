"""step 205 of graph-large

Revision ID: 023a978b6f76
Revises: 1501404d38e9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '023a978b6f76'
down_revision = '1501404d38e9'
branch_labels = None
depends_on = '1946b70be893'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
