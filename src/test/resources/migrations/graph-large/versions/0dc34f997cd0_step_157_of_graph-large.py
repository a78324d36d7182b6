"""step 157 of graph-large

Revision ID: 0dc34f997cd0
Revises: 5ec186019b52
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '0dc34f997cd0'
down_revision = '5ec186019b52'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
