"""Translations for issue 16's split of the outbox and the recent list (engineer "split").

The counts of the recent list use Qt's plural forms (``tr(text, "", n)``); Spanish words them
alike for one and many, so one text serves every form. Only ``self.tr`` gets them:
pyside6-lupdate does not see a count in ``QCoreApplication.translate(context, text, "", n)``
(measured with 6.11), so "%1 min ago" (ui/recent/text.py) keeps its ``%1``.
"""

ES = {
    "Showing %1 of %n": "Mostrando %1 de %n",
    "Contacts: %n": "Contactos: %n",
}

# English plural forms (the whaapy_en_plurals catalogue, tools/translations/problems.py explains).
PLURALS_EN = {
    "Showing %1 of %n": ("Showing %1 of %n", "Showing %1 of %n"),
    "Contacts: %n": ("Contacts: %n", "Contacts: %n"),
}
