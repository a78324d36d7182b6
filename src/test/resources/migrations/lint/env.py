# Not executed by Signalbox. This env.py sets no lock_timeout, so each revision must.
