"""step 85 of graph-large

Revision ID: 58c514d322a7
Revises: 05187ad9f8f9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '58c514d322a7'
down_revision = '05187ad9f8f9'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
