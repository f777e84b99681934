t'{x}' f'{y}'
