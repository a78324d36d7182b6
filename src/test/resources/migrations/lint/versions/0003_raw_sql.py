"""raw SQL: the incident 2 migration"""
from alembic import op
from sqlalchemy import text

revision = "0003"
down_revision = "0002"


def upgrade():
    conn = op.get_bind()
    conn.execute(text("ALTER TABLE user_personalization DROP CONSTRAINT user_personalization_user_id_fkey"))
    op.execute(
        "ALTER TABLE user_personalization ADD CONSTRAINT user_personalization_user_id_fkey "
        "FOREIGN KEY (user_id) REFERENCES users (id)"
    )
    op.execute("CREATE INDEX ix_p_user ON user_personalization (user_id)")
    op.execute("ALTER TABLE users ALTER COLUMN email SET NOT NULL")
    op.execute("ALTER TABLE users ALTER COLUMN age TYPE bigint")
    op.execute("ALTER TABLE users RENAME COLUMN name TO full_name")
    op.execute("DROP TABLE old_sessions")
    op.execute("ALTER TABLE users ADD COLUMN tier text NOT NULL")
    op.execute("CREATE INDEX CONCURRENTLY ix_u ON users (tier)")
