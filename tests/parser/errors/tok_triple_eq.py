x = a === b
