match x:
    case A(**kw):
        pass
