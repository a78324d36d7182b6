"""step 184 of graph-large

Revision ID: ea7013489f94
Revises: f36078b99d5a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'ea7013489f94'
down_revision = 'f36078b99d5a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
