'''the last assignment wins'''
revision = "placeholder"
down_revision = ["4d5e6f708192"]
revision = "5e6f70819203"   # a copy-paste fix: Python keeps this one
depends_on = r"3c4d5e6f7081"
