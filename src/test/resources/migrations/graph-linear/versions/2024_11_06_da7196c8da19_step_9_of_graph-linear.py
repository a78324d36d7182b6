"""step 9 of graph-linear

Revision ID: da7196c8da19
Revises: f79befba91fc
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'da7196c8da19'
down_revision: Union[str, Sequence[str], None] = 'f79befba91fc'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
