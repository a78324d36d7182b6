"""step 44 of graph-multiroot

Revision ID: 1d8c43b409ef
Revises: 0ef8f7fd5646
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '1d8c43b409ef'
down_revision: Union[str, Sequence[str], None] = '0ef8f7fd5646'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
