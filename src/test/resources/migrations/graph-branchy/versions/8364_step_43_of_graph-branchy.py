"""step 43 of graph-branchy

Revision ID: d3bf6bae4b5b
Revises: 9aeab1491e24
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'd3bf6bae4b5b'
down_revision = '9aeab1491e24'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
