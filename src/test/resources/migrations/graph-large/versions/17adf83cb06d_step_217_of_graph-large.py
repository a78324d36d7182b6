"""step 217 of graph-large

Revision ID: 17adf83cb06d
Revises: 97576ff5976c
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '17adf83cb06d'
down_revision: str | Sequence[str] | None = '97576ff5976c'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
