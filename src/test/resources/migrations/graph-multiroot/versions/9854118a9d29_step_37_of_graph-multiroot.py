"""step 37 of graph-multiroot

Revision ID: 9854118a9d29
Revises: 0ef8f7fd5646
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '9854118a9d29'
down_revision: str | Sequence[str] | None = '0ef8f7fd5646'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
