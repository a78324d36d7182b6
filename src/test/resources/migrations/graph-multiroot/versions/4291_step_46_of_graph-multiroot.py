"""step 46 of graph-multiroot

Revision ID: a26017a0df49
Revises: 57c7b7b56ea7
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'a26017a0df49'
down_revision = '57c7b7b56ea7'
branch_labels = None
depends_on = '43cf24933b83'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
