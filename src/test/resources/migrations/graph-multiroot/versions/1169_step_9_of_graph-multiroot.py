"""step 9 of graph-multiroot

Revision ID: 5d65d58842de
Revises: 4a15c5e7ce8a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '5d65d58842de'
down_revision: Union[str, Sequence[str], None] = '4a15c5e7ce8a'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
