"""step 67 of graph-multiroot

Revision ID: 0bd40640be0f
Revises: d18417e8392a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '0bd40640be0f'
down_revision = 'd18417e8392a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
