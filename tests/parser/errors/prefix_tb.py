tb'x'
