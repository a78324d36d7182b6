"""step 137 of graph-large

Revision ID: a66fa9c6ccf2
Revises: ce800d575f60
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'a66fa9c6ccf2'
down_revision = 'ce800d575f60'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
