"""step 45 of graph-large

Revision ID: 9421c2255f74
Revises: 6007a50bac3c
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '9421c2255f74'
down_revision: str | Sequence[str] | None = '6007a50bac3c'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
