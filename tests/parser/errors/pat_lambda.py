match x:
    case lambda: 1:
        pass
