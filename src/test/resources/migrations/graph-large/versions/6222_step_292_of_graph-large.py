"""step 292 of graph-large

Revision ID: 573cca0b1966
Revises: 0782d8ff83e3, 2f923c49c7a0
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '573cca0b1966'
down_revision: Union[str, Sequence[str], None] = ('0782d8ff83e3', '2f923c49c7a0')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
