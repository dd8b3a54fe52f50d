"""The Qt window: models that adapt core results, widgets and the main window."""
