# reference: python3
# An uncaught KeyboardInterrupt prints its traceback and exits with status 130 (CPython's exit_sigint).
print('before')
raise KeyboardInterrupt
