"""step 22 of graph-multiroot

Revision ID: a8e520de435d
Revises: 3da90ed42f1a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a8e520de435d'
down_revision: str | Sequence[str] | None = '3da90ed42f1a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
