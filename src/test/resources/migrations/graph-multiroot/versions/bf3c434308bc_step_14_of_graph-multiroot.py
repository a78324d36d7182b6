"""step 14 of graph-multiroot

Revision ID: bf3c434308bc
Revises: 5d65d58842de
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'bf3c434308bc'
down_revision = '5d65d58842de'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
