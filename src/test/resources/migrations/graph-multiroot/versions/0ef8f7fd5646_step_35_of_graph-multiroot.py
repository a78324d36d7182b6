"""step 35 of graph-multiroot

Revision ID: 0ef8f7fd5646
Revises: f512b253d218
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '0ef8f7fd5646'
down_revision = 'f512b253d218'
branch_labels = None
depends_on = '43cf24933b83'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
