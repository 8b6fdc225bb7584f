"""The floor under everything the two partners approve jointly: abstract model bases (no tables
of its own, no app of ours imported), so every content app and `editorial` may build on them."""
