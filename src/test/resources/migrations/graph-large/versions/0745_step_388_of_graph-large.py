"""step 388 of graph-large

Revision ID: 91329e52cecf
Revises: 32b94612c122
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '91329e52cecf'
down_revision: Union[str, Sequence[str], None] = '32b94612c122'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
