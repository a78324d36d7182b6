"""step 32 of graph-branchy

Revision ID: 9aeab1491e24
Revises: 8483332dd331, cfbf9cfc8652
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '9aeab1491e24'
down_revision: Union[str, Sequence[str], None] = ('8483332dd331', 'cfbf9cfc8652')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
