"""step 341 of graph-large

Revision ID: 2274d700c245
Revises: 50645a62376e
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '2274d700c245'
down_revision = '50645a62376e'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
