"""step 218 of graph-large

Revision ID: 12a79c7d1cb5
Revises: 17adf83cb06d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '12a79c7d1cb5'
down_revision = '17adf83cb06d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
