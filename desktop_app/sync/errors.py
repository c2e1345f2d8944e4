"""What can go wrong with a sync file, each with a Vietnamese message that says what to do.

Every class is a UserError: the command line prints the message and exits 1, the window shows
it in a plain dialog. The subclasses let a caller (and the tests) tell the causes apart.
"""

from __future__ import annotations

from desktop_app.core.errors import UserError

REEXPORT = "Hãy xuất lại gói ở xã rồi chép lại vào USB."


class SyncError(UserError):
    """Base of every error of the sync area."""


class BundleUnreadable(SyncError):
    """The file cannot be read at all, or is not a sync file (truncated, not a zip)."""


class BundleTooLarge(SyncError):
    """A size limit was exceeded: the file, an entry, or a decompressed payload (zip bomb)."""


class BundleUnsafe(SyncError):
    """An entry name, duplicate or compression this program never writes (a crafted file)."""


class BundleCorrupt(SyncError):
    """The bytes differ from what was written: a flipped byte, a changed payload, a bad manifest."""


class SignatureInvalid(SyncError):
    """The signature does not match the manifest: changed after signing."""


class UntrustedSigner(SyncError):
    """Signed by a key this office has not enrolled or trusted, or one that was revoked."""


class WrongRecipient(SyncError):
    """Encrypted for another office, or this office's key cannot decrypt it."""


class WrongKind(SyncError):
    """A receipt given where a bundle is expected, a key file where a receipt is, …"""


class SchemaTooNewForSync(SyncError):
    """Written by a newer program whose schema this program does not know."""


class SequenceGap(SyncError):
    """Earlier bundles of the commune are missing at the upper level."""

    def __init__(self, message: str, first: int, last: int) -> None:
        super().__init__(message)
        self.first = first
        self.last = last


class ReplayedBundle(SyncError):
    """An older bundle of the same database, after a newer one was imported."""


class LineageChanged(SyncError):
    """The commune's database was restored or cloned: the officer has to confirm."""


class NotSetUp(SyncError):
    """The office (role, keys, the upper level's key) is not set up for this action."""


class WriteFailed(SyncError):
    """The bundle could not be written to the stick, or did not read back the same."""
