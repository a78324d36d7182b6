"""step 48 of graph-multiroot

Revision ID: e213f1eedba3
Revises: 5d65d58842de
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e213f1eedba3'
down_revision: Union[str, Sequence[str], None] = '5d65d58842de'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
