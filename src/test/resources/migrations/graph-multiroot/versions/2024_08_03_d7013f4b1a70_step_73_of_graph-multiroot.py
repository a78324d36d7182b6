"""step 73 of graph-multiroot

Revision ID: d7013f4b1a70
Revises: d18417e8392a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'd7013f4b1a70'
down_revision = 'd18417e8392a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
