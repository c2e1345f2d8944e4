"""The outgoing-documents register (sổ văn bản đi): numbers per type and year."""

from __future__ import annotations

from desktop_app.core import enums
from desktop_app.core.errors import UserError
from desktop_app.store.register import Register

SYMBOL_SUFFIX = "MTTQ-BTT"


class Documents(Register):
    table = "documents"
    label = "văn bản"
    fields = ("doc_type", "year", "number", "symbol", "subject", "ref_key", "date", "signer")
    raw_fields = ("doc_type", "ref_key", "date")
    int_fields = ("year", "number")
    default_order = "year desc, doc_type, number desc"

    def by_ref(self, ref_key: str) -> dict | None:
        rows = self.store.query(
            "select * from documents where ref_key = ? and deleted_at is null order by rev limit 1",
            [ref_key],
        )
        return rows[0] if rows else None

    def number_for(
        self, doc_type: str, ref_key: str, subject: str, on_date: str, signer: str | None = None
    ) -> dict:
        """The document's number: the same one on a reprint, else the next of the year for its type."""
        if self.by_ref(ref_key) is None:
            self.store.require(
                "documents"
            )  # issuing a new number is a lãnh đạo's (a reprint is not)
        if doc_type not in enums.DOC_TYPES:
            raise UserError(f"Loại văn bản “{doc_type}” không hợp lệ.")
        with self.store.transaction():
            existing = self.by_ref(ref_key)
            if existing:
                return existing
            year = int(on_date[:4])
            last = (
                self.store.conn.execute(
                    "select max(number) from documents where commune_code = ? and year = ? and doc_type = ?",
                    [self.store.owner_code(), year, doc_type],
                ).fetchone()[0]
                or 0
            )
            number = last + 1
            kind = (
                "" if doc_type == "CV" else f"{doc_type.replace('QD', 'QĐ')}-"
            )  # a letter: '12/MTTQ-BTT'
            return self.add(
                {
                    "doc_type": doc_type,
                    "year": year,
                    "number": number,
                    "symbol": f"{number}/{kind}{SYMBOL_SUFFIX}",
                    "subject": subject,
                    "ref_key": ref_key,
                    "date": on_date,
                    "signer": signer,
                },
                accept_warnings=True,
            )
