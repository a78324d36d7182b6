"""step 21 of graph-multiroot

Revision ID: 3da90ed42f1a
Revises: 81f72dbc2134, 0025eb2263dd
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '3da90ed42f1a'
down_revision = ('81f72dbc2134', '0025eb2263dd')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
