"""step 49 of graph-multiroot

Revision ID: 6e0625e97977
Revises: bdc1295d6fbf
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '6e0625e97977'
down_revision = 'bdc1295d6fbf'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
