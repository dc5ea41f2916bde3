"""The main window and what surrounds the features: status, banners, dialogs."""
