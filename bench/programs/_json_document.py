# A 10 MB JSON document: records mixing strings (some non-ASCII and escaped), ints, floats, bools, nulls and nesting.
def document():
    records = []
    for i in range(40000):
        records.append({
            "id": i,
            "name": "user%d" % i,
            "email": "user%d@example.com" % i,
            "score": i * 0.37,
            "active": i % 3 == 0,
            "tags": ["t%d" % (i % 17), "caf\u00e9", "line\nbreak \"quoted\""],
            "parent": None if i % 5 else i // 5,
            "geo": {"lat": (i % 180) - 90.5, "lon": (i % 360) - 180.25, "label": "\u6771\u4eac"},
        })
    return {"version": 3, "records": records}
