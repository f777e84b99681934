# json.dumps of a 10 MB document, five times (issue 11's JSON speed item).
import json
from _json_document import document
doc = document()
for _ in range(5):
    s = json.dumps(doc)
print(len(s), json.dumps(doc, ensure_ascii=False)[:80], len(json.dumps(doc, indent=2, sort_keys=True)))
