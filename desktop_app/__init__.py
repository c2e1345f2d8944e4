"""Sổ Mặt trận — the commune Front office's registers, forms and sync bundles."""

__version__ = "0.1.0"
APP_NAME = "Sổ Mặt trận"
APP_ID = "SoMatTran"
