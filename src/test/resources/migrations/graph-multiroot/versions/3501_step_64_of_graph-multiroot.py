"""step 64 of graph-multiroot

Revision ID: 9479c9277d9b
Revises: 9f0475523327
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '9479c9277d9b'
down_revision: Union[str, Sequence[str], None] = '9f0475523327'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
