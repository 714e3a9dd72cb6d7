"""Reusable widgets the pages draw with (charts, bars)."""
