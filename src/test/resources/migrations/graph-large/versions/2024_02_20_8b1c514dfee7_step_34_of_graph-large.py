"""step 34 of graph-large

Revision ID: 8b1c514dfee7
Revises: 9abe39a00643, b48181597fc9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '8b1c514dfee7'
down_revision = ('9abe39a00643', 'b48181597fc9')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
