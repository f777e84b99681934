ub'x'
