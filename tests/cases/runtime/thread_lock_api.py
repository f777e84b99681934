# _thread's lock objects without starting threads: 3.14's methods, messages and handles.
import _thread
l = _thread.LockType()
print(type(l).__name__, type(l).__module__, _thread.allocate_lock().locked())
print(sorted(x for x in dir(l) if not x.startswith('__')))
print(sorted(x for x in dir(_thread.RLock()) if not x.startswith('__')))
for call in [lambda: l.acquire(timeout=-5), lambda: l.acquire(False, 0.5), lambda: l.release(),
             lambda: _thread.RLock().release(), lambda: l.acquire(timeout=1e100)]:
    try:
        call()
    except (ValueError, RuntimeError, OverflowError) as e:
        print(type(e).__name__, e)
print(l.acquire(timeout=0), l.acquire(timeout=0), l.locked_lock())
l._at_fork_reinit()
print(l.locked())
r = _thread.RLock()
r.acquire(); r.acquire()
print(r._recursion_count(), r.locked())
state = r._release_save()
print(type(state).__name__, len(state), r.locked())
r._acquire_restore(state)
print(r._recursion_count())
h = _thread._ThreadHandle()
print(h, h.ident, h.is_done())
for call in [h.join, h._set_done, lambda: h.join(0.1)]:
    try:
        call()
    except RuntimeError as e:
        print(e)
m = _thread._make_thread_handle(_thread.get_ident())
print(m.ident == _thread._get_main_thread_ident() == _thread.get_ident(), m.is_done())
for call in [m.join, lambda: m.join(0)]:
    try:
        call()
    except RuntimeError as e:
        print(e)
m._set_done()
print(m.is_done(), m.join(), m.join(0.5))
print(_thread.stack_size(), _thread._is_main_interpreter(), _thread.daemon_threads_allowed())
try:
    _thread.stack_size(5)
except ValueError as e:
    print(e)
try:
    _thread.exit()
except SystemExit as e:
    print('SystemExit', e.args)
