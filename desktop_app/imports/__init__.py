"""Bringing an office's existing Excel lists in: read → map → plan (the preview) → write.

Layered like exports/: this package uses store/ and core/, never gui/; the window and the
command line drive it.
"""
