"""step 9 of graph-large

Revision ID: 3b08c7c64d55
Revises: de28e7b0dfa4
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '3b08c7c64d55'
down_revision = 'de28e7b0dfa4'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
