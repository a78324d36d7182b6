"""step 377 of graph-large

Revision ID: 05c3acb44354
Revises: 58c514d322a7
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '05c3acb44354'
down_revision: str | Sequence[str] | None = '58c514d322a7'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
