"""Data files Polku reads at run time: the service catalogue, the exchange schema, translations."""
