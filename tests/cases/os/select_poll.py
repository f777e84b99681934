# reference: python3
# select: select() on pipes with and without timeouts, poll objects
# (register/modify/unregister/poll, POLLNVAL, POLLHUP), epoll objects (context manager,
# fromfd, closed, errors), the constants, and the argument errors that 3.11 and 3.14 share.
import os
import select
import time

print(select.error is OSError, select.PIPE_BUF)
print(sorted(k for k in dir(select) if k.startswith(('POLL', 'EPOLL'))))
print([getattr(select, k) for k in ('POLLIN', 'POLLPRI', 'POLLOUT', 'POLLERR', 'POLLHUP', 'POLLNVAL',
                                     'EPOLLIN', 'EPOLLOUT', 'EPOLLET', 'EPOLLONESHOT', 'EPOLL_CLOEXEC')])

r, w = os.pipe()


class F:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return f'F({self.fd == r})'


print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b'abc')
fr = F(r)
rl, wl, xl = select.select([fr, r], (w,), [], 1.5)
print(rl[0], rl[1] == r, wl == [w], xl)
os.read(r, 3)
t = time.monotonic()
print(select.select([r], [], [], 0.05), time.monotonic() - t >= 0.04)
print(select.select([], [], []  , 0))

for args in [([], [], [], -1), ([], [], [], 'x'), ([5000], [], []), (5, [], []),
             ([-1], [], []), ([object()], [], []), ([F('x')], [], [])]:
    try:
        select.select(*args)
    except Exception as e:
        print(type(e).__name__, e)

# poll
p = select.poll()
p.register(r)
p.register(F(w), select.POLLOUT)
print(p.poll(0) == [(w, select.POLLOUT)])
os.write(w, b'x')
print(sorted(p.poll()) == [(r, select.POLLIN), (w, select.POLLOUT)])
p.modify(w, select.POLLIN)
print(p.poll(10) == [(r, select.POLLIN)])
p.unregister(w)
print(p.poll(1.5) == [(r, select.POLLIN)])
os.read(r, 1)
t = time.monotonic()
print(p.poll(50), time.monotonic() - t >= 0.04)
try:
    p.unregister(w)
except KeyError as e:
    print('KeyError', e.args == (w,))
try:
    p.modify(w, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e)
for bad in [('x',), (r, 'x'), (r, -1), (r, 1 << 20), (object(),)]:
    try:
        p.register(*bad)
    except Exception as e:
        print(type(e).__name__)
for bad in ['x', 1 << 40]:
    try:
        p.poll(bad)
    except Exception as e:
        print(type(e).__name__, e)
r2, w2 = os.pipe()
os.close(r2)
q = select.poll()
q.register(r2)
print(q.poll() == [(r2, select.POLLNVAL)])
q = select.poll()
q.register(w2, select.POLLIN)
print([ev for fd, ev in q.poll(0)])
r3, w3 = os.pipe()
os.close(w3)
q = select.poll()
q.register(r3, select.POLLIN)
print(q.poll(0) == [(r3, select.POLLHUP)])
os.close(r3)

# epoll
ep = select.epoll()
print(type(ep).__name__, ep.closed, ep.fileno() > 2, os.get_inheritable(ep.fileno()))
ep.register(r, select.EPOLLIN)
ep.register(w, select.EPOLLOUT)
print(ep.poll(0) == [(w, select.EPOLLOUT)])
os.write(w, b'y')
print(sorted(ep.poll(1)) == sorted([(r, select.EPOLLIN), (w, select.EPOLLOUT)]))
print(len(ep.poll(timeout=-1, maxevents=1)))
ep.modify(w, select.EPOLLIN)
ep.unregister(r)
print(ep.poll(0.01))
os.read(r, 1)
for call in [lambda: ep.register(w), lambda: ep.unregister(r), lambda: ep.modify(r, 0),
             lambda: ep.register(-1), lambda: ep.poll(1, 0), lambda: ep.poll('x'),
             lambda: select.epoll(0), lambda: select.epoll(-2), lambda: select.epoll(1, 12345),
             lambda: select.epoll('x'), lambda: type('E', (select.epoll,), {})]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
with select.epoll() as ep2:
    print(ep2.closed)
print(ep2.closed)
for call in [ep2.fileno, lambda: ep2.poll(0), lambda: ep2.register(r), ep2.__enter__]:
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
ep3 = select.epoll.fromfd(os.dup(ep.fileno()))
print(ep3.poll(0), type(ep3) is select.epoll)
ep3.close()
ep3.close()
ep.close()

os.close(r)
os.close(w)
os.close(w2)
