"""Languages and local formats: which catalogs exist, how to load them, dates/numbers/money."""
