# reference: python3
# zoneinfo.ZoneInfo on the system's tz database (/usr/share/zoneinfo, TZif version 2+ files):
# the WebAssembly reference has no tz database, so native CPython makes this reference.
import zoneinfo
from datetime import datetime, time, timezone

print(zoneinfo.TZPATH[0])
zones = zoneinfo.available_timezones()
print(len(zones) > 300, "America/New_York" in zones, "Europe/London" in zones)


def show(dt):
    print(dt.isoformat(), dt.fold, dt.tzname(), dt.utcoffset(), dt.dst())


for key in ["America/New_York", "Europe/London", "Europe/Dublin", "Australia/Lord_Howe", "Asia/Kolkata",
            "America/Sao_Paulo", "Pacific/Apia", "Africa/Casablanca", "UTC"]:
    z = zoneinfo.ZoneInfo(key)
    print(key, str(z), repr(z))
    for args in [(1850, 1, 1), (1918, 3, 31, 2, 30), (1945, 8, 15), (1970, 1, 1), (2000, 1, 1), (2011, 12, 29, 12),
                 (2020, 3, 8, 2, 30), (2020, 3, 29, 1, 30), (2020, 4, 5, 1, 45), (2020, 7, 1),
                 (2020, 10, 25, 1, 30), (2020, 11, 1, 1, 30), (2037, 7, 1), (2050, 1, 15), (2050, 7, 15)]:
        for fold in (0, 1):
            show(datetime(*args, fold=fold, tzinfo=z))
    for args in [(2020, 3, 8, 7), (2020, 11, 1, 5, 30), (2020, 11, 1, 6, 30), (2020, 10, 25, 0, 30),
                 (2020, 10, 25, 1, 30), (2050, 10, 30, 0, 30), (1900, 1, 1)]:
        show(datetime(*args, tzinfo=timezone.utc).astimezone(z))
    print(time(12, tzinfo=z).utcoffset())
