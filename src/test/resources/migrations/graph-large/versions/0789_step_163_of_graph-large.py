"""step 163 of graph-large

Revision ID: 6d492fb8bb6d
Revises: a9f9515a3364
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '6d492fb8bb6d'
down_revision: Union[str, Sequence[str], None] = 'a9f9515a3364'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
