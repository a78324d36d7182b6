"""step 259 of graph-large

Revision ID: 5f77d59c7f51
Revises: ec35513fd02c, df32c4aff47f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '5f77d59c7f51'
down_revision: Union[str, Sequence[str], None] = ('ec35513fd02c', 'df32c4aff47f')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '437c9a094dea'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
