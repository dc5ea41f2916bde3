"""Pieces every feature of the window shares: looks, icons, messages, texts."""
