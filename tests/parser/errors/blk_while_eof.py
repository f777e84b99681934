while x:
    # only a comment
