"""step 23 of graph-multiroot

Revision ID: badcc1590f53
Revises: a8e520de435d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'badcc1590f53'
down_revision: str | Sequence[str] | None = 'a8e520de435d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
