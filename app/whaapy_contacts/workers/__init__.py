"""The one place threads live: run a task off the GUI thread, deliver the outcome by signal."""
