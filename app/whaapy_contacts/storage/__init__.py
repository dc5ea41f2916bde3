"""Local state: the API key (OS keyring), settings, and on-disk paths. No widgets."""
