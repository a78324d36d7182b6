"""step 162 of graph-large

Revision ID: a9f9515a3364
Revises: 9bd314a207ac
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'a9f9515a3364'
down_revision = '9bd314a207ac'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
