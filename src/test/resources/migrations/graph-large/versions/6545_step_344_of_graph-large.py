"""step 344 of graph-large

Revision ID: 89341cc2b7a9
Revises: 1999e615f440
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '89341cc2b7a9'
down_revision = '1999e615f440'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
