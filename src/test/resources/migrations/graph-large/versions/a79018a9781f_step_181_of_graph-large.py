"""step 181 of graph-large

Revision ID: a79018a9781f
Revises: 069ba90d43cc
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'a79018a9781f'
down_revision = '069ba90d43cc'
branch_labels = None
depends_on = '514a5ee65e08'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
