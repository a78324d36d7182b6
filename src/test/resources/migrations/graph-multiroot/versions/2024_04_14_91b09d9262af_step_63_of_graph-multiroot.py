"""step 63 of graph-multiroot

Revision ID: 91b09d9262af
Revises: 20958dedf9fb
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '91b09d9262af'
down_revision: Union[str, Sequence[str], None] = '20958dedf9fb'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
