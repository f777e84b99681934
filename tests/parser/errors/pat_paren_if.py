match x:
    case (1 if x):
        pass
