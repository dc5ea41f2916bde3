"""The translation audit over issue 17's new screens: the paste banner, the several-cards
choice, the undo banner (offer, failure, held), every label in es-MX with nothing in English
and nothing unlabelled (tests/gui/audit.py, the checker the whole-app audit uses)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.audit import Checker, shown, unlabelled
from tests.gui.test_paste_fill import VCARDS, banner_of, drop_on, file_mime, paste_into, vcard
from tests.gui.test_undo_save import FAILED, press_ctrl_z, save_juan, sent_id
from tests.gui.typing import type_text


def audited(widget) -> None:
    assert Checker().problems(shown(widget)) == []
    assert unlabelled(widget) == []


def test_the_paste_banner_and_the_choice_are_in_spanish(qtbot, stack):
    form = stack.window.form
    type_text(qtbot, form.email, "ana@x.mx")  # so the banner also says what was left
    paste_into(qtbot, form.name, vcard("whatsapp_ios.vcf"))
    banner = banner_of(form)
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    audited(banner)
    form.clear_all()
    with qtbot.waitSignal(form.paste.choice_shown, timeout=5000) as shown_choice:
        drop_on(form, file_mime(VCARDS / "google_30_several.vcf"))
    choice = shown_choice.args[0]
    audited(choice)
    qtbot.keyClick(choice.list, Qt.Key.Key_Escape)


def test_the_undo_banner_is_in_spanish_offered_failed_and_held(qtbot, stack, sandbox):
    save_juan(qtbot, stack)
    banner = stack.window.undo_banner
    audited(banner)
    contact_id = sent_id(qtbot, stack)
    sandbox.add_faults({"kind": "status", "status": 500, "method": "DELETE",
                        "path": f"/contacts/v1/{contact_id}", "times": 1})  # fmt: skip
    press_ctrl_z(qtbot, stack)
    qtbot.waitUntil(lambda: banner.text() == FAILED, timeout=15000)
    audited(banner)
