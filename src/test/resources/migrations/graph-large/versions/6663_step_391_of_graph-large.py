"""step 391 of graph-large

Revision ID: 3de240d5128f
Revises: 052af5b7fe49, 05c3acb44354
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '3de240d5128f'
down_revision = ('052af5b7fe49', '05c3acb44354')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
