"""Training the learned components from a gold corpus (artifacts go to ``models/``)."""
