"""The schema revisions, oldest first: 0001 creates the whole schema, later ones change it."""
