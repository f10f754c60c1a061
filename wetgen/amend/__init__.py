"""amend layer of wetgen."""
