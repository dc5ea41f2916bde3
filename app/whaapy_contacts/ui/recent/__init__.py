"""The recent-contacts list: the model, the panel, the details pane."""
