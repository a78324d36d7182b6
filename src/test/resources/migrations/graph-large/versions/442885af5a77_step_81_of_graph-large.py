"""step 81 of graph-large

Revision ID: 442885af5a77
Revises: de13c3638ce9, cd5803c1abfc
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '442885af5a77'
down_revision = ('de13c3638ce9', 'cd5803c1abfc')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
