"""What an import keeps for its report after a restart (services/import_record.py): written
whole, read back as written, a damaged file skipped, old closed reports pruned, no secret."""

from __future__ import annotations

import os

from whaapy_contacts.services import import_record
from whaapy_contacts.services.import_record import BatchRecord, ReportLine


def record(batch_id: str = "b1", seen: bool = False) -> BatchRecord:
    lines = (
        ReportLine(2, ("Ana", "55 1234 5678"), "Ana", "55 1234 5678", (), "e1"),
        ReportLine(3, ("Ñoño", "55 12"), "Ñoño", "55 12", (("Teléfono", "Faltan dígitos."),)),
    )
    return BatchRecord(batch_id, "feria.csv", ("Nombre", "Celular"), ";", lines, seen=seen)


def test_a_record_reads_back_as_written_with_its_state(tmp_path):
    saved = record()
    saved.cancelled.add("e1")
    assert import_record.save(tmp_path, saved)
    assert import_record.has_unseen(tmp_path)
    (found,) = import_record.unseen(tmp_path)
    assert found == saved
    assert found.entry_ids == ["e1"]
    found.seen = True
    import_record.save_state(tmp_path, found)
    assert not import_record.has_unseen(tmp_path)
    assert import_record.unseen(tmp_path) == []


def test_damaged_files_are_skipped_and_the_others_still_read(tmp_path):
    assert import_record.save(tmp_path, record("good"))
    assert import_record.save(tmp_path, record("cut"))
    (tmp_path / "cut.json").write_text('{"version": 1, "id": "cut", "lin', encoding="utf-8")
    (tmp_path / "junk.state.json").write_text("\x00\xff not json", encoding="latin-1")
    (tmp_path / "list.state.json").write_text("[]", encoding="utf-8")
    assert [r.id for r in import_record.unseen(tmp_path)] == ["good"]
    assert import_record.unseen(tmp_path / "missing") == []
    assert not import_record.has_unseen(tmp_path / "missing")


def test_only_the_newest_closed_reports_are_kept(tmp_path):
    for n in range(25):
        assert import_record.save(tmp_path, record(f"r{n:02d}", seen=n < 24))
        os.utime(tmp_path / f"r{n:02d}.state.json", (1000 + n, 1000 + n))
    import_record.prune(tmp_path, keep=20)
    left = sorted(p.name.removesuffix(".state.json") for p in tmp_path.glob("*.state.json"))
    assert left == [f"r{n:02d}" for n in range(4, 25)]  # 20 closed + the one still open
    assert sorted(p.name for p in tmp_path.glob("*.json") if ".state" not in p.name) == [
        f"r{n:02d}.json" for n in range(4, 25)
    ]


def test_nothing_but_the_files_rows_is_written(tmp_path):
    assert import_record.save(tmp_path, record())
    text = "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir())
    assert "wha_" not in text  # no key
    assert "http" not in text  # no server address
    assert str(tmp_path) not in text  # only the file's name, not where it was
