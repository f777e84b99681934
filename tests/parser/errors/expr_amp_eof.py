x = a &
