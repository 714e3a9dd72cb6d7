"""The domain's file forms (profile and plan JSON) and the careful reading of files people give.

Shared by importers, export, storage and services, so neither of export and importers needs the
other.
"""
