"""step 50 of graph-branchy

Revision ID: e040e064a114
Revises: b156330c16a3, 7936243d3570
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'e040e064a114'
down_revision = ('b156330c16a3', '7936243d3570')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
