"""step 96 of graph-large

Revision ID: 3dab70ce7c60
Revises: 79fdbfba1212, 4524ba45dff2
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '3dab70ce7c60'
down_revision = ('79fdbfba1212', '4524ba45dff2')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
