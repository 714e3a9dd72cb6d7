"""Render roadmaps for people and other tools: plan JSON and terminal text (PDF and ICS later)."""
