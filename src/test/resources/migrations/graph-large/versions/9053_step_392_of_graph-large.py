"""step 392 of graph-large

Revision ID: 3f4269a45c25
Revises: 91329e52cecf, 2626d600c85d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '3f4269a45c25'
down_revision: str | Sequence[str] | None = (
    '91329e52cecf',
    '2626d600c85d',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
