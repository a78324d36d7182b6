"""step 53 of graph-multiroot

Revision ID: 28c1444d610b
Revises: e213f1eedba3, ee0cecfedb99
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '28c1444d610b'
down_revision: Union[str, Sequence[str], None] = ('e213f1eedba3', 'ee0cecfedb99')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
