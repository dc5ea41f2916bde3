"""The storage watch: each problem said once, a damaged file moved aside, recovery noticed."""

from __future__ import annotations

from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
from whaapy_contacts.services.storage_watch import StorageWatch, message_for
from whaapy_contacts.storage.local_db import Problem, StorageError
from whaapy_contacts.storage.outbox import OutboxStore


def test_a_damaged_file_found_by_a_read_is_moved_aside_and_named(qapp, tmp_path):
    store = OutboxStore(tmp_path / "local.sqlite3", (contact_to_json, contact_from_json))
    store.add({"phone_number": "+525512345678"}, {})
    watch = StorageWatch()
    watch.watch(store)
    try:
        watch.report(StorageError(Problem.CORRUPT, store.path, "database disk image is malformed"))
        assert watch.problem is None
        assert watch.notice is not None
        moved = watch.notice.moved_to
        assert moved is not None
        assert moved.exists()
        assert str(moved) in message_for(watch.notice)
        assert len(store.entries()) == 1
    finally:
        watch.stop()
        store.close()


def test_the_same_lasting_problem_is_said_once(qapp, tmp_path):
    store = OutboxStore(tmp_path / "local.sqlite3", (contact_to_json, contact_from_json))
    watch = StorageWatch()
    watch.watch(store)
    said: list[object] = []
    watch.changed.connect(lambda: said.append(watch.problem))
    try:
        for _ in range(5):  # the autosave, every retry…
            watch.report(StorageError(Problem.FULL, store.path, "database or disk is full"))
        assert len(said) == 1
        watch.tick()  # the disk has room (it never lacked it here): over
        assert watch.problem is None
        assert len(said) == 2
    finally:
        watch.stop()
        store.close()
