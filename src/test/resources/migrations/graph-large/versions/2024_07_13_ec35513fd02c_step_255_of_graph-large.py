"""step 255 of graph-large

Revision ID: ec35513fd02c
Revises: f55bdec6c300
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'ec35513fd02c'
down_revision = 'f55bdec6c300'
branch_labels = None
depends_on = '813a234969ad'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
