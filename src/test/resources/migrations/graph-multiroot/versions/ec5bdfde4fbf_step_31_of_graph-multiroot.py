"""step 31 of graph-multiroot

Revision ID: ec5bdfde4fbf
Revises: 310c3fa7f104
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'ec5bdfde4fbf'
down_revision = '310c3fa7f104'
branch_labels = None
depends_on = 'ae34cac5b68c'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
