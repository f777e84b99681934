# json.loads of a 10 MB document, five times (issue 11's JSON speed item).
import json
from _json_document import document
s = json.dumps(document())
for _ in range(5):
    doc = json.loads(s)
r = doc["records"]
print(len(s), len(r), r[-1]["tags"], r[12345]["geo"], sum(x["id"] for x in r))
