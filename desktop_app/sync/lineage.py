"""Where a bundle stands in its commune's sequence, and whether it comes from the database the
upper level knows: a repeat, the next one, a gap, an older bundle replayed, or a restore/clone.

Pure logic over what the upper level recorded (its lineages and imported bundles), so every
case is tested without files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.sync.bundle import BundleHeader
from desktop_app.sync.errors import ReplayedBundle, SequenceGap


@dataclass(frozen=True)
class SequenceCheck:
    status: str  # 'repeat' (already imported: a no-op) or 'import'
    confirmations: list[str] = field(default_factory=list)  # restore/clone: officer confirms
    new_commune: bool = False


def gap_message(commune: str, first: int, last: int) -> str:
    numbers = f"{first}" if first == last else f"{first}–{last}"
    return (
        f"Thiếu gói số {numbers} của {commune}: gói này nối tiếp sau các gói đó. Hãy nhập các "
        "gói còn thiếu trước (theo thứ tự số), hoặc đề nghị xã xuất một gói đầy đủ "
        "(ô “Xuất toàn bộ” ở trang Đồng bộ cấp trên của xã)."
    )


MAX_SEQUENCE_STEP = 1000  # bundles between two imports of one database: years of daily exports


def check_sequence(
    header: BundleHeader, commune: str, lineages: list[dict], imported: Callable[[str], bool]
) -> SequenceCheck:
    """Raise SequenceGap or ReplayedBundle, or say how to import the bundle.

    lineages: the commune's rows of sync_lineages (database_id, installation_id, last_sequence,
    current); imported(bundle_id): whether that bundle was imported here.
    """
    if imported(header.bundle_id):
        return SequenceCheck("repeat")
    mine = next((row for row in lineages if row["database_id"] == header.database_id), None)
    current = next((row for row in lineages if row["current"]), None)
    base_known = header.full or header.base_bundle_id is None or imported(header.base_bundle_id)

    if mine is not None and header.sequence == mine["last_sequence"]:
        raise ReplayedBundle(
            f"Đã nhập một gói số {header.sequence} khác của {commune} từ cùng cơ sở dữ liệu này: "
            "có hai bản sao của cùng một cơ sở dữ liệu đang được dùng (tệp dữ liệu đã bị chép sang "
            "máy khác?). Gói này không được nhập để không trộn lẫn hai bản; hãy hỏi xã máy nào là "
            "máy chính, dùng máy đó xuất một gói đầy đủ."
        )
    if mine is not None and header.sequence < mine["last_sequence"]:
        raise ReplayedBundle(
            f"Gói số {header.sequence} của {commune} cũ hơn gói số {mine['last_sequence']} đã "
            "nhập từ cùng cơ sở dữ liệu; nhập lại gói cũ sẽ ghi đè dữ liệu mới bằng dữ liệu cũ nên "
            "bị từ chối. Không cần làm gì thêm; nếu xã có gói mới hơn, hãy nhập gói đó."
        )
    if mine is not None and header.sequence - mine["last_sequence"] > MAX_SEQUENCE_STEP:
        raise SequenceGap(
            f"Gói số {header.sequence} của {commune} nhảy quá xa so với gói số {mine['last_sequence']} "
            f"đã nhập từ cùng cơ sở dữ liệu (hơn {MAX_SEQUENCE_STEP} gói). Một xã thật không xuất "
            "nhiều gói như vậy giữa hai lần gửi: gói này không được nhập. Hãy hỏi xã và đề nghị xuất "
            "một gói đầy đủ.",
            mine["last_sequence"] + 1,
            header.sequence - 1,
        )
    if not base_known:
        last = mine["last_sequence"] if mine else (current["last_sequence"] if current else 0)
        first = last + 1 if last < header.base_sequence else header.base_sequence
        raise SequenceGap(
            gap_message(commune, first, header.base_sequence), first, header.base_sequence
        )
    if not lineages:
        return SequenceCheck("import", new_commune=True)
    if mine is not None and mine["current"]:
        return SequenceCheck("import")

    confirmations = []
    if mine is not None:
        confirmations.append(
            f"Có hai cơ sở dữ liệu khác nhau cùng gửi gói cho {commune}: gói này đến từ một cơ sở "
            "dữ liệu đã gửi trước đây, không phải cơ sở dữ liệu gửi gói gần nhất (có thể dữ liệu "
            "đã được sao chép sang máy khác và cả hai máy đều đang dùng). Hãy hỏi xã máy nào đang "
            "dùng trước khi nhập."
        )
    elif current is not None and current["installation_id"] != header.installation_id:
        confirmations.append(
            f"{commune.capitalize()} gửi gói từ một bản cài đặt khác (máy mới hoặc cài lại "
            "chương trình). Hãy hỏi xã để chắc chắn trước khi nhập."
        )
    elif current is not None and header.sequence <= current["last_sequence"]:
        confirmations.append(
            f"Cơ sở dữ liệu của {commune} đã được khôi phục từ bản sao lưu: số gói lùi từ "
            f"{current['last_sequence']} về {header.sequence}. Những thay đổi xã làm sau lần sao "
            "lưu đó có thể đã mất ở xã; nên đề nghị xã xuất một gói đầy đủ."
        )
    else:
        confirmations.append(
            f"Gói của {commune} đến từ một cơ sở dữ liệu khác với lần trước (khôi phục từ bản sao "
            "lưu hoặc sao chép). Hãy hỏi xã để chắc chắn trước khi nhập."
        )
    return SequenceCheck("import", confirmations)
