"""step 381 of graph-large

Revision ID: 629e3e8a6bb0
Revises: 52e77178bf09, 8a111ca52e1e
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '629e3e8a6bb0'
down_revision = ('52e77178bf09', '8a111ca52e1e')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
