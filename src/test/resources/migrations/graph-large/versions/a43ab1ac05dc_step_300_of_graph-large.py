"""step 300 of graph-large

Revision ID: a43ab1ac05dc
Revises: fe781d2f689b, 48e0532e0583
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a43ab1ac05dc'
down_revision: Union[str, Sequence[str], None] = ('fe781d2f689b', '48e0532e0583')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
