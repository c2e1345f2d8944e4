"""Moved to desktop_app/store/dates_ahead.py (the overview's attention list is computed below
gui/, for the window and `somattran attention` alike); kept so existing imports still work."""

from desktop_app.store.dates_ahead import DateAhead, dates_ahead, in_peak_month, next_occurrence

__all__ = ["DateAhead", "dates_ahead", "in_peak_month", "next_occurrence"]
