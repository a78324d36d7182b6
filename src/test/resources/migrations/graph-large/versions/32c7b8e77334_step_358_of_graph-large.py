"""step 358 of graph-large

Revision ID: 32c7b8e77334
Revises: 560ddb550c54, a1c8fc8cf7c0
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '32c7b8e77334'
down_revision: Union[str, Sequence[str], None] = ('560ddb550c54', 'a1c8fc8cf7c0')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
