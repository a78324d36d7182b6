"""step 5 of graph-linear

Revision ID: 7019c381e88f
Revises: f06c025b413f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '7019c381e88f'
down_revision = 'f06c025b413f'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
