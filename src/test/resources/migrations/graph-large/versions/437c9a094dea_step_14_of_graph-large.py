"""step 14 of graph-large

Revision ID: 437c9a094dea
Revises: ecad54f1b974
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '437c9a094dea'
down_revision: Union[str, Sequence[str], None] = 'ecad54f1b974'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
