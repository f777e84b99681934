x = f'{1}\N{NO SUCH NAME}'
