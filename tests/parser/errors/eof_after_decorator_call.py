@dec(
