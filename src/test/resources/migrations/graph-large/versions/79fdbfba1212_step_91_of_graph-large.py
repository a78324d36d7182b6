"""step 91 of graph-large

Revision ID: 79fdbfba1212
Revises: 9d88d791fabc, 3b024619134c
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '79fdbfba1212'
down_revision = ('9d88d791fabc', '3b024619134c')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
