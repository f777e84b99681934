match x:
    case x[1:2]:
        pass
