ab½ = 1
