"""step 299 of graph-large

Revision ID: fe781d2f689b
Revises: 8a2e9d03c867
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'fe781d2f689b'
down_revision = '8a2e9d03c867'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
