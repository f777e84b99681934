match x:
    case a as *b:
        pass
