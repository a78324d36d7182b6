"""step 118 of graph-large

Revision ID: 98c4cdc2109c
Revises: 5b836bd63ad0, 3062df5818a7
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '98c4cdc2109c'
down_revision = ('5b836bd63ad0', '3062df5818a7')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
