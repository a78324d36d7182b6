"""step 323 of graph-large

Revision ID: 80f420df432d
Revises: 4b5cec88b3ae
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '80f420df432d'
down_revision = '4b5cec88b3ae'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
