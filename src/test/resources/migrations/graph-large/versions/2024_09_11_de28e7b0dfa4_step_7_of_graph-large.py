"""step 7 of graph-large

Revision ID: de28e7b0dfa4
Revises: c63dbb3a6a06
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'de28e7b0dfa4'
down_revision = 'c63dbb3a6a06'
branch_labels = None
depends_on = 'a70bdf354788'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
