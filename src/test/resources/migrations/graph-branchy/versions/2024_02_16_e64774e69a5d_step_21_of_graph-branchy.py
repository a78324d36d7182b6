"""step 21 of graph-branchy

Revision ID: e64774e69a5d
Revises: 230de2257159
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e64774e69a5d'
down_revision: Union[str, Sequence[str], None] = '230de2257159'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
