"""revision computed at import time"""
PREFIX = "abc"
revision = f"{PREFIX}123"
down_revision = None
