"""step 34 of graph-branchy

Revision ID: 007dd726c86b
Revises: 1a2638703800
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '007dd726c86b'
down_revision = '1a2638703800'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
