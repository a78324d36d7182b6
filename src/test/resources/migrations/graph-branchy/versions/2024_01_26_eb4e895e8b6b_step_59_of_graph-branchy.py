"""step 59 of graph-branchy

Revision ID: eb4e895e8b6b
Revises: c17a453bf491
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'eb4e895e8b6b'
down_revision = 'c17a453bf491'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
