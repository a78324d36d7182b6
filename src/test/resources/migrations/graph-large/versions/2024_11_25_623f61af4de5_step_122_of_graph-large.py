"""step 122 of graph-large

Revision ID: 623f61af4de5
Revises: 1e2b89d5fcc9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '623f61af4de5'
down_revision = '1e2b89d5fcc9'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
