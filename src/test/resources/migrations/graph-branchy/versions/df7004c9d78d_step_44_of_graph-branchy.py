"""step 44 of graph-branchy

Revision ID: df7004c9d78d
Revises: 218ed58dcdb4
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'df7004c9d78d'
down_revision = '218ed58dcdb4'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
