# env.py is not executed by Signalbox; the lint only looks for lock_timeout in it.
