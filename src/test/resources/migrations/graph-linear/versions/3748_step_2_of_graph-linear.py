"""step 2 of graph-linear

Revision ID: 6ec963ca828d
Revises: 91b72265b1f5
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '6ec963ca828d'
down_revision: Union[str, Sequence[str], None] = '91b72265b1f5'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
