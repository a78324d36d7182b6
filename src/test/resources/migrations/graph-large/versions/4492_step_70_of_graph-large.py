"""step 70 of graph-large

Revision ID: 5c7ad98b3d70
Revises: ff9c7ec6a4c9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '5c7ad98b3d70'
down_revision: Union[str, Sequence[str], None] = 'ff9c7ec6a4c9'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
