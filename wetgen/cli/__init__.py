"""The command-line interface: the only layer that prints, colours and chooses exit codes."""
