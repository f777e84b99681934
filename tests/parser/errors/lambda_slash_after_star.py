lambda *a, /: 1
