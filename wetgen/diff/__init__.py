"""diff layer of wetgen."""
