"""step 58 of graph-branchy

Revision ID: c17a453bf491
Revises: eb25fc2e6a59
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'c17a453bf491'
down_revision: str | Sequence[str] | None = 'eb25fc2e6a59'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
