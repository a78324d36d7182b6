"""step 44 of graph-large

Revision ID: 6007a50bac3c
Revises: f5d9c5bc543b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '6007a50bac3c'
down_revision = 'f5d9c5bc543b'
branch_labels = None
depends_on = '30aaa5014df9'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
