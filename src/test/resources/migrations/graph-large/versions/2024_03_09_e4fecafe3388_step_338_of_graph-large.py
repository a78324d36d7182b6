"""step 338 of graph-large

Revision ID: e4fecafe3388
Revises: eb83119af315
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e4fecafe3388'
down_revision: str | Sequence[str] | None = 'eb83119af315'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
