"""step 79 of graph-large

Revision ID: 00bc3ab04b0a
Revises: 3ff404bdbd98, 89adc25e657d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '00bc3ab04b0a'
down_revision: str | Sequence[str] | None = (
    '3ff404bdbd98',
    '89adc25e657d',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
