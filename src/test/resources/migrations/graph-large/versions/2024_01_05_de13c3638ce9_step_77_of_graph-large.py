"""step 77 of graph-large

Revision ID: de13c3638ce9
Revises: 5ec186019b52
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'de13c3638ce9'
down_revision: Union[str, Sequence[str], None] = '5ec186019b52'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '6007a50bac3c'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
