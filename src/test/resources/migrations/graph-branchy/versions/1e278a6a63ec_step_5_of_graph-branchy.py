"""step 5 of graph-branchy

Revision ID: 1e278a6a63ec
Revises: 0cb1658cda14
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '1e278a6a63ec'
down_revision = '0cb1658cda14'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
