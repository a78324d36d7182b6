"""step 200 of graph-large

Revision ID: b52eee24cb1f
Revises: ea4ad386a529, 75981cefae38
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'b52eee24cb1f'
down_revision: Union[str, Sequence[str], None] = ('ea4ad386a529', '75981cefae38')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
