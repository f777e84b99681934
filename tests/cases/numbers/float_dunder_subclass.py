# float(x) warns (DeprecationWarning) when __float__ returns a float subclass.
import warnings
class F(float):
    def __float__(self): return self
class G:
    def __float__(self): return F(2.0)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(float(F(1.5)), float(G()), [str(x.message) for x in w])
warnings.simplefilter('error')
try: float(G())
except DeprecationWarning as e: print('DW', e)
