"""step 164 of graph-large

Revision ID: 489a1b3d1290
Revises: e35a1ef8a280, 813a234969ad
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '489a1b3d1290'
down_revision: Union[str, Sequence[str], None] = ('e35a1ef8a280', '813a234969ad')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
