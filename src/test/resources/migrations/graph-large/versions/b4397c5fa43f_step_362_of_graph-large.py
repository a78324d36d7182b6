"""step 362 of graph-large

Revision ID: b4397c5fa43f
Revises: 3508a25f0a79
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'b4397c5fa43f'
down_revision = '3508a25f0a79'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
