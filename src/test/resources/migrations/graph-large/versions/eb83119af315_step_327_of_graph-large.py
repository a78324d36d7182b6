"""step 327 of graph-large

Revision ID: eb83119af315
Revises: ec35513fd02c
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'eb83119af315'
down_revision = 'ec35513fd02c'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
