"""step 73 of graph-large

Revision ID: cd5803c1abfc
Revises: 708b2ea2686b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'cd5803c1abfc'
down_revision = '708b2ea2686b'
branch_labels = None
depends_on = 'f0a755e3679f'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
