# datetime.now(), date.today() and time.strftime/localtime/gmtime/ctime read the virtual time.time() in UTC
# (the recorder pins CPython's the same way); dates, times and timedeltas print as CPython prints them
import asyncio
import time
from datetime import date, datetime, timedelta

print(datetime.now(), repr(datetime.now()), date.today(), repr(date.today()))
print(f"[{datetime.now():%H:%M:%S}] start", datetime.now().isoformat())
print(time.strftime("%H:%M:%S"), time.strftime("%Y-%m-%d %a %A %b %B %j %y %p %I %%"), time.ctime(), time.asctime())
t = time.localtime()
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t[6], t[7], time.gmtime(0).tm_year)
d = datetime(2024, 2, 28, 23, 59, 30) + timedelta(seconds=45)
print(d, d - datetime(2024, 1, 1), repr(d - datetime(2024, 2, 28)), (d - datetime(2024, 2, 28)).total_seconds())
print(datetime.fromtimestamp(0).isoformat(), datetime(2023, 1, 1).strftime("%c %p %I"), d.weekday(), d.date())
print(str(timedelta(days=-1, seconds=5)), repr(timedelta(0)), timedelta(minutes=90) / timedelta(hours=1))
print(datetime(2024, 3, 1) > datetime(2024, 2, 29), date(2024, 3, 1) - date(2023, 3, 1), d.timestamp())


async def job(name, secs):
    print(f"{time.strftime('%H:%M:%S')} {name} start")
    await asyncio.sleep(secs)
    print(f"{time.strftime('%H:%M:%S')} {name} end")


async def main():
    start = datetime.now()
    await asyncio.gather(job("A", 2), job("B", 1))
    print("took", datetime.now() - start)

time.sleep(1.5)
print(datetime.now().strftime("%H:%M:%S.%f"))
asyncio.run(main())
