"""step 351 of graph-large

Revision ID: cf419581101b
Revises: c7e72bc92484
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'cf419581101b'
down_revision: Union[str, Sequence[str], None] = 'c7e72bc92484'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
