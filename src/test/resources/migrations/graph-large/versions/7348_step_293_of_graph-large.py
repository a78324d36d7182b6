"""step 293 of graph-large

Revision ID: 5100fdb2bd71
Revises: 573cca0b1966
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '5100fdb2bd71'
down_revision = '573cca0b1966'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
