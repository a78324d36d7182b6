"""step 37 of graph-branchy

Revision ID: fe3c2b855c1f
Revises: cd0216353d03
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'fe3c2b855c1f'
down_revision: Union[str, Sequence[str], None] = 'cd0216353d03'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
