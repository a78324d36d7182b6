"""step 228 of graph-large

Revision ID: 07ec91c18ffd
Revises: aee596e271e7
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '07ec91c18ffd'
down_revision: Union[str, Sequence[str], None] = 'aee596e271e7'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '6a765aab0a37'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
