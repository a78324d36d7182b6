"""step 284 of graph-large

Revision ID: 200b08d62003
Revises: c72c36135188, 5e5ee9313ba6
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '200b08d62003'
down_revision: Union[str, Sequence[str], None] = ('c72c36135188', '5e5ee9313ba6')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = 'a0f0597538cb'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
