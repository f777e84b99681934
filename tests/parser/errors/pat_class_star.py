match x:
    case A(*args):
        pass
