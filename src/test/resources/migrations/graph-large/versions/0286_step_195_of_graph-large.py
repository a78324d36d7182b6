"""step 195 of graph-large

Revision ID: b6a7f55d1d48
Revises: a6de34f1f867
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'b6a7f55d1d48'
down_revision = 'a6de34f1f867'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
