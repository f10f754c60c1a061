"""render layer of wetgen."""
