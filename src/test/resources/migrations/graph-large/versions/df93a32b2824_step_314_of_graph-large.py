"""step 314 of graph-large

Revision ID: df93a32b2824
Revises: 436af16cad40
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'df93a32b2824'
down_revision: Union[str, Sequence[str], None] = '436af16cad40'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
