"""Visitor analytics, local and private: what the kiosk showed and how it was asked, in an
SQLite file of its own; no Qt (the kiosk's recorder is kiosk/app/visits.py)."""
