"""step 329 of graph-large

Revision ID: 0cce258b5f9c
Revises: 80f420df432d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '0cce258b5f9c'
down_revision = '80f420df432d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
