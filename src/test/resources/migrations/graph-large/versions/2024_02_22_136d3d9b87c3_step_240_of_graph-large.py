"""step 240 of graph-large

Revision ID: 136d3d9b87c3
Revises: 9bd314a207ac
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '136d3d9b87c3'
down_revision: Union[str, Sequence[str], None] = '9bd314a207ac'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '5da5c8a14256'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
