"""Files the office hands on: spreadsheets of its registers and roll-ups (openpyxl)."""
