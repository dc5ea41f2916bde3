"""Paste to fill (issue 17, item 1): what a pasted or dropped text holds, as contact fields.

``read_paste`` reads vCards (2.1, 3.0, 4.0, through vobject) and free text (signatures, chat
lines); ``text_of_file`` decodes a dropped file. No Qt: the form (ui/form/paste_fill.py) decides
what to fill and shows it.
"""

from __future__ import annotations

from whaapy_contacts.domain.paste.files import text_of_file
from whaapy_contacts.domain.paste.pasted import OtherPhone, Pasted, read_paste

__all__ = ["OtherPhone", "Pasted", "read_paste", "text_of_file"]
