# the oldest Alembic form: the id is the file name
down_revision = '6f7081920314'
