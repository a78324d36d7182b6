"""step 194 of graph-large

Revision ID: 75981cefae38
Revises: 97576ff5976c
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '75981cefae38'
down_revision: Union[str, Sequence[str], None] = '97576ff5976c'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
