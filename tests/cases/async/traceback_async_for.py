# An exception from an async generator ends the async for that drives it.
class Suspend:
    def __await__(self):
        return (yield 1)
async def agen():
    await Suspend()
    yield 1
    1/0
async def use():
    async for x in agen():
        pass
u = use()
u.send(None)
u.send(None)
