"""The import dialogs (issue 18): file, mapping, preview, progress, report."""
