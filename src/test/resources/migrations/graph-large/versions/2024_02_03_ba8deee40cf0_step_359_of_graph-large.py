"""step 359 of graph-large

Revision ID: ba8deee40cf0
Revises: 1999e615f440
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'ba8deee40cf0'
down_revision: Union[str, Sequence[str], None] = '1999e615f440'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = 'a1c8fc8cf7c0'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
