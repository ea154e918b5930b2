"""Gold corpora in the guidelines' layout: notes.csv, demographics.csv, brat/, gold.csv."""
from .brat import BratDocument, BratEntity, BratRelation, GoldCorpus, parse_ann, read_corpus

__all__ = ["BratDocument", "BratEntity", "BratRelation", "GoldCorpus", "parse_ann", "read_corpus"]
