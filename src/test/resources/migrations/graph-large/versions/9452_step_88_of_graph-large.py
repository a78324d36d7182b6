"""step 88 of graph-large

Revision ID: be5375c7fc05
Revises: 561335807f8a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'be5375c7fc05'
down_revision = '561335807f8a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
