x = 1e1_j
