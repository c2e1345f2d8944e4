"""Document numbers from the outgoing-documents register (sổ văn bản đi).

A decision or report takes the next number of the year for its type the first time it is
printed; printing it again (same `ref_key`) shows the same number and date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from desktop_app.reports.markup import clean

if TYPE_CHECKING:
    from desktop_app.store.db import Store

SYMBOL_TAIL = {
    "QD": "QĐ-MTTQ-BTT",
    "KH": "KH-MTTQ-BTT",
    "BC": "BC-MTTQ-BTT",
    "TB": "TB-MTTQ-BTT",
    "DS": "DS-MTTQ-BTT",
    "NQ": "NQ-MTTQ",  # a resolution of the Front committee's conference: numbered by hand
    "CV": "MTTQ-BTT",  # a letter (công văn) carries no type in its number
}


@dataclass(frozen=True)
class Issued:
    symbol: str | None  # '12/QĐ-MTTQ-BTT'; None when no number is reserved yet
    on: date
    doc_type: str

    @property
    def number_line(self) -> str:
        """'Số: 12/QĐ-MTTQ-BTT', or 'Số: ....../QĐ-MTTQ-BTT' to number by hand."""
        return f"Số: {self.symbol}" if self.symbol else f"Số: ....../{SYMBOL_TAIL[self.doc_type]}"


def issue(
    store: Store,
    doc_type: str,
    ref_key: str,
    subject: str,
    *,
    on: date,
    signer: str = "",
    reserve: bool = True,
) -> Issued:
    """The number and date of the document `ref_key`: kept from its first printing, or the
    next of the year reserved now (`reserve=False`, for a preview, reserves nothing)."""
    existing = store.documents.by_ref(ref_key)
    if existing is None and reserve:
        existing = store.documents.number_for(
            doc_type, ref_key, clean(subject), on.isoformat(), clean(signer) or None
        )
    if existing is None:
        return Issued(None, on, doc_type)
    return Issued(padded(existing["symbol"]), date.fromisoformat(existing["date"][:10]), doc_type)


def padded(symbol: str | None) -> str | None:
    """Decree 30 writes numbers below 10 with a leading zero: '1/QĐ-…' → '01/QĐ-…'."""
    text = clean(symbol)
    number, slash, rest = text.partition("/")
    if slash and number.isdigit() and len(number) == 1:
        return f"0{number}/{rest}"
    return text or None
