"""The contact form: its fields, the phone, tags and extra details, saving."""
