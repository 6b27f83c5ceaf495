"""Rasa action server: thin glue between the dialogue and knowledge/."""
from actions.confidentialite import installer_filtre

installer_filtre()
