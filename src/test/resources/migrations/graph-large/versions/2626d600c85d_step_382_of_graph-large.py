"""step 382 of graph-large

Revision ID: 2626d600c85d
Revises: 5b836bd63ad0
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '2626d600c85d'
down_revision: str | Sequence[str] | None = '5b836bd63ad0'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
