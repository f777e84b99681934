# gmtime's calendar arithmetic, the clocks' types and argument errors (no current time is printed).
import time

for secs in [0, 1, -1, 86399, 86400, 951782400, 1234567890.9, -1234567890.1, 2**31, 253402300799]:
    print(secs, tuple(time.gmtime(secs)))

for v in [float('nan'), 1e20, -1e20, 'x', 2**70, None.__class__]:
    try:
        time.gmtime(v)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)

print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic()).__name__,
      type(time.monotonic_ns()).__name__, type(time.perf_counter()).__name__, type(time.perf_counter_ns()).__name__,
      type(time.process_time()).__name__, type(time.process_time_ns()).__name__)
print(time.gmtime(None)[0] >= 2024, abs(time.time() - time.time_ns() / 1e9) < 1)

a = time.monotonic()
time.sleep(0.02)
time.sleep(0)
b = time.monotonic()
print(b - a >= 0.015, time.perf_counter_ns() > 0)

for v in [-1, -0.5, float('nan'), 'x']:
    try:
        time.sleep(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

info = time.get_clock_info('monotonic')
print(sorted(vars(info)), info.monotonic, info.adjustable)
print(time.get_clock_info('time').adjustable, time.get_clock_info('perf_counter').monotonic)
try:
    time.get_clock_info('nope')
except ValueError as e:
    print('ValueError:', e)

print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time._STRUCT_TM_ITEMS)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__)
print(time.mktime(time.localtime(1000000)))
print(time.ctime(86400 * 3) == time.asctime(time.localtime(86400 * 3)))
print(type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__, type(time.tzname).__name__, len(time.tzname))
