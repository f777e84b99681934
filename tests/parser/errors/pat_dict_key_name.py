match x:
    case {x.y.z(): 1}:
        pass
