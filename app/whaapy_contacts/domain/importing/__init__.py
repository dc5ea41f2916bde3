"""Importing contacts from spreadsheets (issue 18): reading, mapping and checking. No Qt."""
