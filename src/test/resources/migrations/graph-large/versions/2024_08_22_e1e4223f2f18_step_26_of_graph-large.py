"""step 26 of graph-large

Revision ID: e1e4223f2f18
Revises: 30aaa5014df9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'e1e4223f2f18'
down_revision = '30aaa5014df9'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
