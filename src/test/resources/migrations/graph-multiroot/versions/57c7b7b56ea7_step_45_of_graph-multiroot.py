"""step 45 of graph-multiroot

Revision ID: 57c7b7b56ea7
Revises: 1d8c43b409ef
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '57c7b7b56ea7'
down_revision: Union[str, Sequence[str], None] = '1d8c43b409ef'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
