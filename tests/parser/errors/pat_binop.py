match x:
    case a * 2:
        pass
