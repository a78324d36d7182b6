"""safe: the same changes written the safe way"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"


def upgrade():
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.create_foreign_key("fk_orders_user", "orders", "users", ["user_id"], ["id"], postgresql_not_valid=True)
    op.create_check_constraint("ck_price", "orders", "price >= 0", postgresql_not_valid=True)
    op.drop_constraint("fk_old", "orders", type_="foreignkey")
    op.add_column("orders", sa.Column("status", sa.Text(), nullable=False, server_default="new"))
    op.create_table("audit", sa.Column("id", sa.Integer(), primary_key=True))
    op.create_index("ix_audit_id", "audit", ["id"])
    with op.get_context().autocommit_block():
        op.create_index("ix_orders_user", "orders", ["user_id"], postgresql_concurrently=True)
        op.execute("ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user")
