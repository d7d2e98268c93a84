"""Modules compiled from forms/*.ui: do not edit."""
