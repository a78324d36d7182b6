"""step 31 of graph-branchy

Revision ID: 8483332dd331
Revises: ea058b0d590b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '8483332dd331'
down_revision: Union[str, Sequence[str], None] = 'ea058b0d590b'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
