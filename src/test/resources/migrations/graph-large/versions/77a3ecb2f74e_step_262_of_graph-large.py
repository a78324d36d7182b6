"""step 262 of graph-large

Revision ID: 77a3ecb2f74e
Revises: 442885af5a77
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '77a3ecb2f74e'
down_revision = '442885af5a77'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
