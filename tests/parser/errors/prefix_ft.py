ft'x'
