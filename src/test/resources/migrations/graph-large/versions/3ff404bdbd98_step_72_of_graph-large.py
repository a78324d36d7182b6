"""step 72 of graph-large

Revision ID: 3ff404bdbd98
Revises: 683ba4a21e09, a8f7d70f3c70
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '3ff404bdbd98'
down_revision = ('683ba4a21e09', 'a8f7d70f3c70')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
