"""SQLAlchemy models of the knowledge base (2.0-style queries, runs on 1.4 and 2.x)."""
from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Region(Base):
    __tablename__ = "region"
    code = Column(String(3), primary_key=True)
    nom = Column(String(80), nullable=False)


class Departement(Base):
    __tablename__ = "departement"
    code = Column(String(3), primary_key=True)
    nom = Column(String(80), nullable=False)
    region = Column(String(3), ForeignKey("region.code"), nullable=False)


class Epci(Base):
    __tablename__ = "epci"
    code = Column(String(9), primary_key=True)
    nom = Column(String(200), nullable=False)
    type = Column(String(10))


class Commune(Base):
    __tablename__ = "commune"
    code_insee = Column(String(5), primary_key=True)
    nom = Column(String(100), nullable=False)
    cle = Column(String(100), nullable=False, index=True)  # normalised name
    departement = Column(String(3), ForeignKey("departement.code"), index=True)
    region = Column(String(3))
    codes_postaux = Column(String(200), nullable=False, default="")  # space-separated
    population = Column(Integer)
    epci = Column(String(9), index=True)
    type = Column(String(20), nullable=False, default="commune")


class TypeDispositif(Base):
    __tablename__ = "type_dispositif"
    code = Column(String(12), primary_key=True)
    nom = Column(String(200), nullable=False)
    echelle = Column(Text)
    public = Column(Text)
    missions = Column(Text)
    qui_peut_saisir = Column(Text)
    sources = Column(Text)  # space-separated


class Dispositif(Base):
    __tablename__ = "dispositif"
    id = Column(String(120), primary_key=True)
    type = Column(String(12), ForeignKey("type_dispositif.code"), nullable=False, index=True)
    nom = Column(String(300), nullable=False)
    nom_officiel = Column(Integer, nullable=False, default=1)
    volet = Column(Integer)
    porteur = Column(Text)
    telephone = Column(String(40))
    email = Column(String(200))
    site = Column(String(300))
    adresse = Column(Text)
    contact_source = Column(Text)
    verifie_le = Column(String(10))
    remarque = Column(Text)
    note = Column(Text)
    source = Column(Text)
    fichier = Column(Text, nullable=False)  # data file it was loaded from
    couvertures = relationship("Couverture", back_populates="dispositif", cascade="all, delete-orphan")


class Couverture(Base):
    """One piece of a dispositif's territory.

    niveau: national | region | departement | departement_partiel | epci | commune.
    departement_partiel means "part of this département, exact communes not published".
    """
    __tablename__ = "couverture"
    id = Column(Integer, primary_key=True, autoincrement=True)
    dispositif_id = Column(String(120), ForeignKey("dispositif.id"), nullable=False, index=True)
    niveau = Column(String(20), nullable=False)
    code = Column(String(9), nullable=False, default="", index=True)
    dispositif = relationship("Dispositif", back_populates="couvertures")


class Meta(Base):
    __tablename__ = "meta"
    cle = Column(String(50), primary_key=True)
    valeur = Column(Text)
