"""step 291 of graph-large

Revision ID: 2f923c49c7a0
Revises: 1b4af124c7e6
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '2f923c49c7a0'
down_revision: Union[str, Sequence[str], None] = '1b4af124c7e6'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
