"""step 389 of graph-large

Revision ID: c4f0f77c50b9
Revises: ea7013489f94
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'c4f0f77c50b9'
down_revision = 'ea7013489f94'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
