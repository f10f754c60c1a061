"""wetgen: Dutch legislative drafting and consultation, with bills as structured data."""

__version__ = "0.1.0"
