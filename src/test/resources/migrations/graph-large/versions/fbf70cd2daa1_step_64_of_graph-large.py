"""step 64 of graph-large

Revision ID: fbf70cd2daa1
Revises: 9f5c23da8c17
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'fbf70cd2daa1'
down_revision: Union[str, Sequence[str], None] = '9f5c23da8c17'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
