revision = "emacs-lock"
down_revision = None
