"""step 76 of graph-multiroot

Revision ID: 77468ae8905b
Revises: d7013f4b1a70
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '77468ae8905b'
down_revision: Union[str, Sequence[str], None] = 'd7013f4b1a70'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
