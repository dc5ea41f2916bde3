"""Domain types and rules: contacts, phone and email normalisation. No Qt, no httpx."""
