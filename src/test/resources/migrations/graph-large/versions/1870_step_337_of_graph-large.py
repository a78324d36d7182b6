"""step 337 of graph-large

Revision ID: ce5cc5fe0ec1
Revises: d520b5f5cfe2
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'ce5cc5fe0ec1'
down_revision = 'd520b5f5cfe2'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
