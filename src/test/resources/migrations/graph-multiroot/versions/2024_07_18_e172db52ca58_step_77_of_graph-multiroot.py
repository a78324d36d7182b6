"""step 77 of graph-multiroot

Revision ID: e172db52ca58
Revises: 77468ae8905b, 4925b6aae05b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e172db52ca58'
down_revision: Union[str, Sequence[str], None] = ('77468ae8905b', '4925b6aae05b')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '43cf24933b83'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
