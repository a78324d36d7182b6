"""step 19 of graph-multiroot

Revision ID: 81f72dbc2134
Revises: 4b221c8eaee9, 7e57827050a8
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '81f72dbc2134'
down_revision = ('4b221c8eaee9', '7e57827050a8')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
