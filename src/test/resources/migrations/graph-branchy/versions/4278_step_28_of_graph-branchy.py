"""step 28 of graph-branchy

Revision ID: ea058b0d590b
Revises: 4fd57bdc968b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'ea058b0d590b'
down_revision = '4fd57bdc968b'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
