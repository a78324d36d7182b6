"""step 10 of graph-branchy

Revision ID: 12bdfaecbd38
Revises: 7403ec66a787
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '12bdfaecbd38'
down_revision: Union[str, Sequence[str], None] = '7403ec66a787'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
