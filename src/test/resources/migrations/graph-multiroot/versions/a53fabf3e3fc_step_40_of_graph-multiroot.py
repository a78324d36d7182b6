"""step 40 of graph-multiroot

Revision ID: a53fabf3e3fc
Revises: ef4850fd9d3f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'a53fabf3e3fc'
down_revision = 'ef4850fd9d3f'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
