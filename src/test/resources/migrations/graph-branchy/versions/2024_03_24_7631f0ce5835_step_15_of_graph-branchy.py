"""step 15 of graph-branchy

Revision ID: 7631f0ce5835
Revises: ae65fe3b890b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '7631f0ce5835'
down_revision = 'ae65fe3b890b'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
