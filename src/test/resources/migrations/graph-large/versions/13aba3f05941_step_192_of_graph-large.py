"""step 192 of graph-large

Revision ID: 13aba3f05941
Revises: a66fa9c6ccf2
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '13aba3f05941'
down_revision: str | Sequence[str] | None = 'a66fa9c6ccf2'
branch_labels = None
depends_on = '17d7c3a220ec'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
