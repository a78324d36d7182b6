"""step 72 of graph-multiroot

Revision ID: d4a06d3ee1dc
Revises: aae676f2dbfe, 0bd40640be0f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'd4a06d3ee1dc'
down_revision: Union[str, Sequence[str], None] = ('aae676f2dbfe', '0bd40640be0f')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
