"""step 23 of graph-branchy

Revision ID: 570d1c2442f9
Revises: 1fb190c192cf
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '570d1c2442f9'
down_revision = '1fb190c192cf'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
