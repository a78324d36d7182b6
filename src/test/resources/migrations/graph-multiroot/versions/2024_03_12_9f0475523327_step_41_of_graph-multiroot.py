"""step 41 of graph-multiroot

Revision ID: 9f0475523327
Revises: 9854118a9d29, a53fabf3e3fc
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '9f0475523327'
down_revision: str | Sequence[str] | None = (
    '9854118a9d29',
    'a53fabf3e3fc',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
