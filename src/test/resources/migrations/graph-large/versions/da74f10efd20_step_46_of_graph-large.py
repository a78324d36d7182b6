"""step 46 of graph-large

Revision ID: da74f10efd20
Revises: 84bca5dbc526, 9421c2255f74
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'da74f10efd20'
down_revision: Union[str, Sequence[str], None] = ('84bca5dbc526', '9421c2255f74')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
