"""step 357 of graph-large

Revision ID: 560ddb550c54
Revises: fcf6bc4c86d2
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '560ddb550c54'
down_revision: str | Sequence[str] | None = 'fcf6bc4c86d2'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
