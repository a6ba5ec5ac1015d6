/// The Python source of PyModel's `datetime`: naive dates and times on the proleptic Gregorian calendar, in UTC.
///
/// The wall clock reads the run's virtual `time.time()` (1700000000 plus the run's seconds, DESIGN.md), as the
/// golden recorder pins CPython's; what it prints is still unverifiable for the checker, which never compares
/// clock digits. `time.strftime`, `time.localtime`, `time.gmtime`, `time.ctime` and `time.asctime` are the
/// `_time_*` helpers below. The parts notes use: construction, `now`/`today`/`utcnow`/`fromtimestamp`,
/// `strftime` and format specs, `isoformat`, `str`/`repr`, arithmetic with `timedelta`, comparisons.
enum DatetimeSource {
    static let text = #"""
import time as _time

MINYEAR = 1
MAXYEAR = 9999
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]


def _civil_from_days(days):
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    year = yoe + era * 400 + (1 if month <= 2 else 0)
    return year, month, day


def _days_from_civil(year, month, day):
    if month <= 2:
        year -= 1
    era = year // 400
    yoe = year - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2:
        return 29 if _is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _check_date(year, month, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _format(fmt, year, month, day, hour, minute, second, microsecond):
    weekday = (_days_from_civil(year, month, day) + 3) % 7
    yday = _days_from_civil(year, month, day) - _days_from_civil(year, 1, 1) + 1
    hour12 = hour % 12 or 12
    codes = {
        "Y": "%d" % year, "y": "%02d" % (year % 100), "m": "%02d" % month, "d": "%02d" % day,
        "e": "%2d" % day, "H": "%02d" % hour, "I": "%02d" % hour12, "M": "%02d" % minute,
        "S": "%02d" % second, "f": "%06d" % microsecond, "p": "AM" if hour < 12 else "PM",
        "a": _DAY_NAMES[weekday][:3], "A": _DAY_NAMES[weekday], "b": _MONTH_NAMES[month - 1][:3],
        "h": _MONTH_NAMES[month - 1][:3], "B": _MONTH_NAMES[month - 1], "j": "%03d" % yday,
        "w": "%d" % ((weekday + 1) % 7), "u": "%d" % (weekday + 1), "z": "", "Z": "", "%": "%",
        "T": "%02d:%02d:%02d" % (hour, minute, second), "R": "%02d:%02d" % (hour, minute),
        "D": "%02d/%02d/%02d" % (month, day, year % 100), "F": "%d-%02d-%02d" % (year, month, day),
        "x": "%02d/%02d/%02d" % (month, day, year % 100), "X": "%02d:%02d:%02d" % (hour, minute, second),
        "c": "%s %s %2d %02d:%02d:%02d %d" % (_DAY_NAMES[weekday][:3], _MONTH_NAMES[month - 1][:3], day,
                                              hour, minute, second, year),
    }
    out = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%" and i + 1 < len(fmt) and fmt[i + 1] in codes:
            out.append(codes[fmt[i + 1]])
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


class timedelta:
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = round(((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60 + seconds) * 1000000
                      + milliseconds * 1000 + microseconds)
        self._total = total
        self.days, rest = divmod(total, 86400 * 1000000)
        self.seconds, self.microseconds = divmod(rest, 1000000)

    def total_seconds(self):
        return self._total / 1000000

    def __repr__(self):
        parts = []
        for name in ("days", "seconds", "microseconds"):
            value = getattr(self, name)
            if value:
                parts.append("%s=%d" % (name, value))
        return "datetime.timedelta(%s)" % (", ".join(parts) or "0")

    def __str__(self):
        minutes, second = divmod(self.seconds, 60)
        hour, minute = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hour, minute, second)
        if self.microseconds:
            text += ".%06d" % self.microseconds
        if self.days:
            text = "%d day%s, " % (self.days, "" if abs(self.days) == 1 else "s") + text
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._total + other._total)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._total - other._total)
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._total)

    def __abs__(self):
        return timedelta(microseconds=abs(self._total))

    def __mul__(self, factor):
        return timedelta(microseconds=self._total * factor)

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total / other._total
        return timedelta(microseconds=self._total / other)

    def __bool__(self):
        return self._total != 0

    def __eq__(self, other):
        return isinstance(other, timedelta) and self._total == other._total

    def __lt__(self, other):
        return self._total < other._total

    def __le__(self, other):
        return self._total <= other._total

    def __gt__(self, other):
        return self._total > other._total

    def __ge__(self, other):
        return self._total >= other._total

    def __hash__(self):
        return hash(self._total)


class date:
    def __init__(self, year, month, day):
        _check_date(year, month, day)
        self.year = year
        self.month = month
        self.day = day

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        year, month, day = _civil_from_days(int(t // 86400))
        return cls(year, month, day)

    def _days(self):
        return _days_from_civil(self.year, self.month, self.day)

    def weekday(self):
        return (self._days() + 3) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isoformat(self):
        return "%04d-%02d-%02d" % (self.year, self.month, self.day)

    def strftime(self, fmt):
        return _format(fmt, self.year, self.month, self.day, 0, 0, 0, 0)

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return "datetime.date(%d, %d, %d)" % (self.year, self.month, self.day)

    def _key(self):
        return (self.year, self.month, self.day)

    def __add__(self, other):
        if isinstance(other, timedelta):
            year, month, day = _civil_from_days(self._days() + other.days)
            return date(year, month, day)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, date):
            return timedelta(days=self._days() - other._days())
        return NotImplemented

    def __eq__(self, other):
        return type(other) is type(self) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())


class datetime(date):
    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0):
        _check_date(year, month, day)
        if not (0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 60 and 0 <= microsecond < 1000000):
            raise ValueError("time value out of range")
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        micros = round(t * 1000000)
        days, rest = divmod(micros, 86400 * 1000000)
        seconds, microsecond = divmod(rest, 1000000)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        year, month, day = _civil_from_days(days)
        return cls(year, month, day, hour, minute, second, microsecond)

    utcfromtimestamp = fromtimestamp

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.fromtimestamp(_time.time())

    def _micros(self):
        return ((self._days() * 86400 + self.hour * 3600 + self.minute * 60 + self.second) * 1000000
                + self.microsecond)

    def timestamp(self):
        return self._micros() / 1000000

    def date(self):
        return date(self.year, self.month, self.day)

    def isoformat(self, sep="T"):
        text = "%04d-%02d-%02d%s%02d:%02d:%02d" % (self.year, self.month, self.day, sep, self.hour, self.minute,
                                                   self.second)
        if self.microsecond:
            text += ".%06d" % self.microsecond
        return text

    def strftime(self, fmt):
        return _format(fmt, self.year, self.month, self.day, self.hour, self.minute, self.second, self.microsecond)

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        fields = [self.year, self.month, self.day, self.hour, self.minute, self.second, self.microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        return "datetime.datetime(%s)" % ", ".join(str(f) for f in fields)

    def _key(self):
        return (self.year, self.month, self.day, self.hour, self.minute, self.second, self.microsecond)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return datetime.fromtimestamp((self._micros() + other._total) / 1000000)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            return timedelta(microseconds=self._micros() - other._micros())
        return NotImplemented


class struct_time:
    _fields = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")

    def __init__(self, values):
        self._values = tuple(values)
        for name, value in zip(self._fields, self._values):
            setattr(self, name, value)

    def __getitem__(self, index):
        return self._values[index]

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join("%s=%r" % pair for pair in zip(self._fields, self._values))


def _time_struct(secs):
    moment = datetime.fromtimestamp(_time.time() if secs is None else secs)
    yday = moment._days() - _days_from_civil(moment.year, 1, 1) + 1
    return struct_time((moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second,
                        moment.weekday(), yday, 0))


def _time_strftime(fmt, t):
    if t is None:
        t = _time_struct(None)
    return _format(fmt, t[0], t[1], t[2], t[3], t[4], t[5], 0)


def _time_asctime(t):
    return _time_strftime("%c", t)
"""#
}
