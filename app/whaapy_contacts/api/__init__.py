"""The Whaapy HTTP API client on httpx, its error tree, and JSON mapping. No Qt."""
