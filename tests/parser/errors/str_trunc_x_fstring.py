s = f'\x'
