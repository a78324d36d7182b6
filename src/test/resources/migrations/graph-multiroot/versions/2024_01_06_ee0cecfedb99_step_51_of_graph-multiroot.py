"""step 51 of graph-multiroot

Revision ID: ee0cecfedb99
Revises: fbdd9c96e9ec
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'ee0cecfedb99'
down_revision = 'fbdd9c96e9ec'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
