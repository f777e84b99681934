match x:
    case {**_, 'a': 1}:
        pass
