"""Errors a user can cause, carrying a Vietnamese message that says what to do."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


class UserError(Exception):
    """An expected error: shown to the officer as a plain Vietnamese message (exit 1 on the CLI)."""

    def __init__(self, message: str, command_hint: str = "") -> None:
        super().__init__(message)
        self.message = message  # what the window shows: names buttons and menus, never a command
        self.command_hint = command_hint  # what the command line adds: "somattran key --trust TỆP"


@dataclass(frozen=True)
class Issue:
    """One finding of a domain rule: an error blocks saving, a warning asks once."""

    level: Literal["error", "warning"]
    field: str
    message: str

    @property
    def is_error(self) -> bool:
        return self.level == "error"


def error(field: str, message: str) -> Issue:
    return Issue("error", field, message)


def warning(field: str, message: str) -> Issue:
    return Issue("warning", field, message)


class ValidationFailed(UserError):
    """Saving was refused: at least one error, or warnings not yet accepted."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = list(issues)
        self.errors = [i for i in self.issues if i.is_error]
        self.warnings = [i for i in self.issues if not i.is_error]
        shown = self.errors or self.warnings
        head = "Chưa lưu được:" if self.errors else "Cần xác nhận trước khi lưu:"
        super().__init__(head + " " + "; ".join(i.message for i in shown))

    @property
    def only_warnings(self) -> bool:
        return not self.errors


class SchemaTooNew(UserError):
    pass


class NotFound(UserError):
    pass
