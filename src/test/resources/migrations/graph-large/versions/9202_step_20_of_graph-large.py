"""step 20 of graph-large

Revision ID: 957c7cf0d512
Revises: 437c9a094dea, a28ee81b9fcc
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '957c7cf0d512'
down_revision = ('437c9a094dea', 'a28ee81b9fcc')
branch_labels = None
depends_on = '19c186fe0f19'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
