"""step 42 of graph-large

Revision ID: 17d7c3a220ec
Revises: 69de434ac057
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '17d7c3a220ec'
down_revision: Union[str, Sequence[str], None] = '69de434ac057'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
