"""step 4 of graph-large

Revision ID: a70bdf354788
Revises: 
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'a70bdf354788'
down_revision = None
branch_labels = 'root1'
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
