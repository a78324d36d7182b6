"""step 264 of graph-large

Revision ID: 06c8b557e787
Revises: 9390ead79e45
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '06c8b557e787'
down_revision: Union[str, Sequence[str], None] = '9390ead79e45'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
