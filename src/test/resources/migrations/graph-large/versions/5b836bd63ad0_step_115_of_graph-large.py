"""step 115 of graph-large

Revision ID: 5b836bd63ad0
Revises: b938e325faa6
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '5b836bd63ad0'
down_revision: Union[str, Sequence[str], None] = 'b938e325faa6'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
