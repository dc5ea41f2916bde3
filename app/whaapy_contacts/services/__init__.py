"""Use cases (save, list, account) combining the client, the task runner and storage."""
