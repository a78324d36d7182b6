"""step 319 of graph-large

Revision ID: 9474ba3038b7
Revises: e6ac254e6a7a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '9474ba3038b7'
down_revision: Union[str, Sequence[str], None] = 'e6ac254e6a7a'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
