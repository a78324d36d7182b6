"""step 4 of graph-branchy

Revision ID: 0cb1658cda14
Revises: f2a752e6b438
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '0cb1658cda14'
down_revision = 'f2a752e6b438'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
