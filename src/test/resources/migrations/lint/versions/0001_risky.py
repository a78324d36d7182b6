"""risky: every rule fires once here"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None


def upgrade():
    op.create_foreign_key("fk_orders_user", "orders", "users", ["user_id"], ["id"])
    op.create_check_constraint("ck_price", "orders", "price >= 0")
    op.drop_constraint("fk_old", "orders", type_="foreignkey")
    op.create_index("ix_orders_user", "orders", ["user_id"])
    op.create_index("ix_orders_day", "orders", ["day"], postgresql_concurrently=True)
    op.add_column("orders", sa.Column("status", sa.Text(), nullable=False))
    op.alter_column("orders", "note", new_column_name="comment")
    op.drop_column("orders", "legacy")
    op.execute("""
        ALTER TABLE orders ADD CONSTRAINT fk_o_c FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
        ALTER TABLE orders VALIDATE CONSTRAINT fk_o_c;
    """)
    with op.get_context().autocommit_block():
        op.execute("SET LOCAL statement_timeout = '5min'")


def downgrade():
    op.drop_column("orders", "status")
