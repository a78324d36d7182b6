"""step 62 of graph-large

Revision ID: 9f5c23da8c17
Revises: 8348a7e089f6
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '9f5c23da8c17'
down_revision = '8348a7e089f6'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
