"""Command-line handlers; each takes parsed arguments and a context, and prints results."""
