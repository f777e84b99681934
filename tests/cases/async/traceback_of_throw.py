# throw() into a chain of awaiting coroutines lands in the innermost one; the traceback has every level.
class Suspend:
    def __await__(self):
        return (yield 1)
async def inner():
    await Suspend()
async def middle():
    return await inner()
async def outer():
    await middle()
c2 = outer(); c2.send(None)
c2.throw(KeyError("thrown"))
