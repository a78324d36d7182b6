"""step 374 of graph-large

Revision ID: 1b03fc0a3233
Revises: 6a65f7e47ff1
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '1b03fc0a3233'
down_revision: Union[str, Sequence[str], None] = '6a65f7e47ff1'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
