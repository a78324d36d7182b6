"""step 187 of graph-large

Revision ID: abc1da5b54a9
Revises: c2e5eb76ede3, ea7013489f94
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'abc1da5b54a9'
down_revision: Union[str, Sequence[str], None] = ('c2e5eb76ede3', 'ea7013489f94')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
