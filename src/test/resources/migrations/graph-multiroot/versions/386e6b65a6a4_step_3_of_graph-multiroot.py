"""step 3 of graph-multiroot

Revision ID: 386e6b65a6a4
Revises: 37f817fc695a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '386e6b65a6a4'
down_revision = '37f817fc695a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
