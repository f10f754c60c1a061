"""consult layer of wetgen."""
