"""step 83 of graph-large

Revision ID: 6f97aeccff47
Revises: 78933b2e9669
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '6f97aeccff47'
down_revision: Union[str, Sequence[str], None] = '78933b2e9669'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
