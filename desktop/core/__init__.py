"""The domain: the cooperation database, search, filters and export. Never imports Qt."""
