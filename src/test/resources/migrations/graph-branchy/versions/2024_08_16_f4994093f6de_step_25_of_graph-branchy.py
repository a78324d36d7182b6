"""step 25 of graph-branchy

Revision ID: f4994093f6de
Revises: 570d1c2442f9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'f4994093f6de'
down_revision = '570d1c2442f9'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
