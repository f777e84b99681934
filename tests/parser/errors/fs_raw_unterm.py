rf'{x}
