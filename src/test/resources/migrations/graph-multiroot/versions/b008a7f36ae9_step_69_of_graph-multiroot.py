"""step 69 of graph-multiroot

Revision ID: b008a7f36ae9
Revises: 792282dc4c8e
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'b008a7f36ae9'
down_revision = '792282dc4c8e'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
