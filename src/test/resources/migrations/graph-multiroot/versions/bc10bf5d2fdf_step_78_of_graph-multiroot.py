"""step 78 of graph-multiroot

Revision ID: bc10bf5d2fdf
Revises: e172db52ca58
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'bc10bf5d2fdf'
down_revision: Union[str, Sequence[str], None] = 'e172db52ca58'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
