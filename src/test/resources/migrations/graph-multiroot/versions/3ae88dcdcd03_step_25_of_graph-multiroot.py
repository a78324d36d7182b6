"""step 25 of graph-multiroot

Revision ID: 3ae88dcdcd03
Revises: 1c80a3b1799d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '3ae88dcdcd03'
down_revision = '1c80a3b1799d'
branch_labels = None
depends_on = 'ae34cac5b68c'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
