"""step 36 of graph-branchy

Revision ID: cd0216353d03
Revises: 6377e8e72789, 007dd726c86b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'cd0216353d03'
down_revision = ('6377e8e72789', '007dd726c86b')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
