"""step 315 of graph-large

Revision ID: 36289ed03feb
Revises: df93a32b2824
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '36289ed03feb'
down_revision = 'df93a32b2824'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
