"""step 154 of graph-large

Revision ID: dba55b9e3673
Revises: 6d91bf498d17
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'dba55b9e3673'
down_revision = '6d91bf498d17'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
