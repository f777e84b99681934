# pickle.dumps and pickle.loads of a list of a million small tuples (issue 11's pickle speed item).
import pickle
data = [(i, str(i), i * 0.5) for i in range(1000000)]
for protocol in (2, 5):
    s = pickle.dumps(data, protocol)
    back = pickle.loads(s)
    print(protocol, len(s), back == data, back[999999])
