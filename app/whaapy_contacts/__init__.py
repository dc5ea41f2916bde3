"""Whaapy Contacts: desktop contact entry for the Whaapy WhatsApp CRM."""

__version__ = "0.1.0"
