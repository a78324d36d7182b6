"""step 313 of graph-large

Revision ID: 436af16cad40
Revises: 17425c7f3f6e
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '436af16cad40'
down_revision: Union[str, Sequence[str], None] = '17425c7f3f6e'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
