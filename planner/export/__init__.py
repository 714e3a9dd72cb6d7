"""Render roadmaps for people and other tools: plan JSON, terminal text and the printed PDF."""
