revision = "not-a-revision"
down_revision = None
