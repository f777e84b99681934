match x:
    case 0xg:
        pass
