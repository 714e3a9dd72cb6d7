"""The main window's pages, one per tab; each shows the person the session has selected."""
