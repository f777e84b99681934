match x:
    case {**rest, 'b': 2}:
        pass
