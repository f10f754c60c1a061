"""Structure recognition: neutral blocks → the parts of a bill → `wetgen.model.Bill`."""
