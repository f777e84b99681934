from 'x' import y
