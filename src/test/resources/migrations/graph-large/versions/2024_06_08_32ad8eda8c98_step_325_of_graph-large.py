"""step 325 of graph-large

Revision ID: 32ad8eda8c98
Revises: b6c9c499254e
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '32ad8eda8c98'
down_revision: Union[str, Sequence[str], None] = 'b6c9c499254e'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '9421c2255f74'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
