s = f'\N{NO SUCH}'
