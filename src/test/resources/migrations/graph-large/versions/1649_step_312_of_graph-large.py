"""step 312 of graph-large

Revision ID: 17425c7f3f6e
Revises: d819e06181d6
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '17425c7f3f6e'
down_revision = 'd819e06181d6'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
