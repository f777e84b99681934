# str.partition/rpartition: None and non-str separators are TypeErrors, an empty one a ValueError.
for s in ['\ud800x', 'abc']:
    for m in ('partition', 'rpartition'):
        for sep in (None, 1, '', 'b'):
            try: print(m, getattr(s, m)(sep))
            except Exception as e: print(m, type(e).__name__, e)
