bf'x'
