del await x
