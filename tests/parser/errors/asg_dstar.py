a = **b
