f'{x\y}'
