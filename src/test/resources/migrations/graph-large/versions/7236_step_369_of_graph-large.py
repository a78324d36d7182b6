"""step 369 of graph-large

Revision ID: e49878ef028d
Revises: 4ab0bdc4fbd5
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e49878ef028d'
down_revision: Union[str, Sequence[str], None] = '4ab0bdc4fbd5'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
