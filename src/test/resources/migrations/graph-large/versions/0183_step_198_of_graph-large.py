"""step 198 of graph-large

Revision ID: 2a17987e5e28
Revises: fccbb68e1d75
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '2a17987e5e28'
down_revision = 'fccbb68e1d75'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
