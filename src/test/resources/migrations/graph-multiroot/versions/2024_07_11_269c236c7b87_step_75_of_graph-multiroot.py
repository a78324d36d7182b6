"""step 75 of graph-multiroot

Revision ID: 269c236c7b87
Revises: f53dcdda24ba
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '269c236c7b87'
down_revision = 'f53dcdda24ba'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
