"""One line of what needs the officer's attention on the overview (a commune's or an upper
office's): its group, what it is about, the detail, and the record it opens. Defined with the
computation of the list, below gui/ (store/attention.py), for the window and
`somattran attention` alike."""

from desktop_app.store.attention import Attention

__all__ = ["Attention"]
