"""step 234 of graph-large

Revision ID: b632c7a5289f
Revises: 84654ea29dc6, 26d8a26d3fda
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'b632c7a5289f'
down_revision: Union[str, Sequence[str], None] = ('84654ea29dc6', '26d8a26d3fda')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
