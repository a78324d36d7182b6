"""step 305 of graph-large

Revision ID: 5a59db0c3546
Revises: 893c4d6fcdc8, d6d1181a620a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '5a59db0c3546'
down_revision: Union[str, Sequence[str], None] = ('893c4d6fcdc8', 'd6d1181a620a')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
