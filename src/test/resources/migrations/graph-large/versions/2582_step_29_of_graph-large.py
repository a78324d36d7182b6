"""step 29 of graph-large

Revision ID: 57098282eb60
Revises: 9bc736d49f67
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '57098282eb60'
down_revision: Union[str, Sequence[str], None] = '9bc736d49f67'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
