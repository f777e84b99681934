import for
