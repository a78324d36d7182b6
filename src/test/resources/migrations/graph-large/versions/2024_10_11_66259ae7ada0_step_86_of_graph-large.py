"""step 86 of graph-large

Revision ID: 66259ae7ada0
Revises: 58c514d322a7
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '66259ae7ada0'
down_revision: Union[str, Sequence[str], None] = '58c514d322a7'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
