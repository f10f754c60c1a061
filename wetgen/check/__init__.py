"""check layer of wetgen."""
