"""step 279 of graph-large

Revision ID: b72658df5d0f
Revises: e2eeaf8d493f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'b72658df5d0f'
down_revision = 'e2eeaf8d493f'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
