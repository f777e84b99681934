match x:
    case x as y[0]:
        pass
