def m(x):
    match x:
        case 0 | 1:
            return "small"
        case -1:
            return "neg"
        case [a, b, *rest]:
            return a
        case {"k": v, **kw}:
            return v
        case Point(x=0, y=yy) if yy > 0:
            return yy
        case str() as s:
            return s
        case [_, *_]:
            return 2
        case None:
            return None
        case _:
            return 3
match cmd:
    case "go":
        pass
