"""step 26 of graph-multiroot

Revision ID: e7c9114125c6
Revises: 3ae88dcdcd03
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e7c9114125c6'
down_revision: Union[str, Sequence[str], None] = '3ae88dcdcd03'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '614217be3111'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
