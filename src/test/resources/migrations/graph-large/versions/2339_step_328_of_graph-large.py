"""step 328 of graph-large

Revision ID: f3d9208ace84
Revises: 32ad8eda8c98
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'f3d9208ace84'
down_revision = '32ad8eda8c98'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
