"""step 152 of graph-large

Revision ID: 6d91bf498d17
Revises: 5c3dcf477007
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '6d91bf498d17'
down_revision = '5c3dcf477007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
