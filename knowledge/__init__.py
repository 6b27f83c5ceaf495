"""Aiguillage knowledge base and orientation engine (plain Python + SQLAlchemy, no Rasa)."""
