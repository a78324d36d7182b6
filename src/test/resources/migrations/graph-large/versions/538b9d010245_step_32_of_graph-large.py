"""step 32 of graph-large

Revision ID: 538b9d010245
Revises: b748d5a9bfee
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '538b9d010245'
down_revision: str | Sequence[str] | None = 'b748d5a9bfee'
branch_labels = None
depends_on = '19c186fe0f19'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
