"""Starting the app: logging, start-up probes, the smoke run."""
