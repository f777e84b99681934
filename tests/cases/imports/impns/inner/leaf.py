# impns is a namespace package (no __init__.py); impns.inner is one too.
LEAF = "leaf in a namespace package"
