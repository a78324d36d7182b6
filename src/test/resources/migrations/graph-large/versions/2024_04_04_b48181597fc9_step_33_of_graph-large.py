"""step 33 of graph-large

Revision ID: b48181597fc9
Revises: 538b9d010245
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'b48181597fc9'
down_revision = '538b9d010245'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
