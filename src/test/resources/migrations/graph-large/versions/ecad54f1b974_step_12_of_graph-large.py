"""step 12 of graph-large

Revision ID: ecad54f1b974
Revises: a0f0597538cb
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'ecad54f1b974'
down_revision = 'a0f0597538cb'
branch_labels = None
depends_on = 'cb2d58655852'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
