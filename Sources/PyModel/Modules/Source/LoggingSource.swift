/// The Python source of PyModel's `logging` (CPython 3.11's logic for the parts notes use): loggers by dotted
/// name with levels and propagation, `basicConfig`, `StreamHandler` (stderr unless told), `Formatter` with `%`
/// and `{` styles, the last-resort handler (bare messages of WARNING and above when nothing is configured),
/// and the module-level functions that configure the root logger on first use.
///
/// Record fields the model cannot know as CPython does (`process`, `relativeCreated`, `threadName` on a worker
/// thread) stop the run as unsupported when a format asks for them. Its natives come from `LoggingHelpers`.
enum LoggingSource {
    static let text = #"""
import sys
import time

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO', DEBUG: 'DEBUG',
                NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING, 'WARNING': WARNING,
                'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"
raiseExceptions = True


def getLevelName(level):
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


def _located(kwargs):
    """The keyword arguments with `_where`, the caller's (file, line, function), added by the first logging
    function the snippet called (frames run by nested calls do not link to their callers)."""
    if '_where' not in kwargs:
        kwargs['_where'] = _caller()
    return kwargs


class LogRecord:
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = pathname
        self.module = pathname[:-3] if pathname is not None and pathname.endswith(".py") else pathname
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.thread = None
        self.threadName = _thread_name()
        self.processName = 'MainProcess'

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


def _fields(fmt, style):
    names = []
    if style == '%':
        for part in fmt.split('%(')[1:]:
            names.append(part.split(')')[0])
    else:
        for part in fmt.split('{')[1:]:
            names.append(part.split('}')[0].split(':')[0].split('!')[0])
    return names


_UNKNOWN_FIELDS = ('process', 'relativeCreated', 'thread', 'taskName')
_CALLER_FIELDS = ('pathname', 'filename', 'module', 'lineno', 'funcName')


class Formatter:
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in ('%', '{'):
            _unsupported("logging.Formatter(style=%r)" % (style,))
        if fmt is None:
            fmt = "%(message)s" if style == '%' else "{message}"
        self._fmt = fmt
        self._style = style
        self.datefmt = datefmt

    def usesTime(self):
        return ('%(asctime)' if self._style == '%' else '{asctime') in self._fmt

    def formatTime(self, record, datefmt=None):
        ct = time.localtime(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        t = time.strftime(self.default_time_format, ct)
        return self.default_msec_format % (t, record.msecs)

    def formatException(self, ei):
        return _format_exception(ei[1])

    def formatMessage(self, record):
        for name in _fields(self._fmt, self._style):
            if name in _UNKNOWN_FIELDS or (name == 'threadName' and record.threadName is None):
                _unsupported("the logging record field %r" % name)
            if name in _CALLER_FIELDS and record.lineno is None:
                _unsupported("the logging record field %r of a call the model cannot locate" % name)
        if self._style == '%':
            return self._fmt % record.__dict__
        return self._fmt.format(**record.__dict__)

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        return s


_defaultFormatter = Formatter()


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            result = f.filter(record) if hasattr(f, 'filter') else f(record)
            if not result:
                return False
        return True


class Handler(Filterer):
    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.level = _checkLevel(level)
        self.formatter = None

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def handle(self, record):
        rv = self.filter(record)
        if rv:
            self.emit(record)
        return rv

    def flush(self):
        pass

    def close(self):
        pass


class StreamHandler(Handler):
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        if self.stream and hasattr(self.stream, "flush"):
            self.stream.flush()

    def emit(self, record):
        msg = self.format(record)
        self.stream.write(msg + self.terminator)
        self.flush()

    def __repr__(self):
        name = '<stderr>' if self.stream is sys.stderr else ('<stdout>' if self.stream is sys.stdout else '')
        return '<%s %s(%s)>' % (type(self).__name__, name, getLevelName(self.level))


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass


class _StderrHandler(StreamHandler):
    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


lastResort = _StderrHandler(WARNING)


class Logger(Filterer):
    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.handlers = []
        self.propagate = True
        self.disabled = False

    @property
    def parent(self):
        if self is root:
            return None
        name = self.name
        while '.' in name:
            name = name[:name.rindex('.')]
            if name in _loggers:
                return _loggers[name]
        return root

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or _disable_level >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        return getLogger(self.name + '.' + suffix if self is not root else suffix)

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **_located(kwargs))

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **_located(kwargs))

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **_located(kwargs))

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **_located(kwargs))

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **_located(kwargs))

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **_located(kwargs))

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **_located(kwargs))

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            raise TypeError("level must be an integer")
        if self.isEnabledFor(level):
            self._log(level, msg, args, **_located(kwargs))

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1, _where=None):
        if stack_info:
            _unsupported("logging with stack_info=True")
        if stacklevel != 1:
            _unsupported("logging with stacklevel=%r" % (stacklevel,))
        fn, lno, func = _where or (None, None, None)
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
            if exc_info[1] is None:
                exc_info = None
        record = LogRecord(self.name, level, fn, lno, msg, args, exc_info, func)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in record.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                record.__dict__[key] = extra[key]
        self.handle(record)

    def handle(self, record):
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if not (hdlr in self.handlers):
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def callHandlers(self, record):
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (type(self).__name__, self.name, level)


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)


class LoggerAdapter:
    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def log(self, level, msg, *args, **kwargs):
        if self.logger.isEnabledFor(level):
            msg, kwargs = self.process(msg, _located(kwargs))
            self.logger.log(level, msg, *args, **kwargs)

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **_located(kwargs))

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **_located(kwargs))

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **_located(kwargs))

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **_located(kwargs))

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **_located(kwargs))

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **_located(kwargs))

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)


root = RootLogger(WARNING)
_loggers = {}
_disable_level = 0


def getLogger(name=None):
    if not name or name == "root":
        return root
    if name not in _loggers:
        _loggers[name] = Logger(name)
    return _loggers[name]


def basicConfig(**kwargs):
    force = kwargs.pop('force', False)
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
    if len(root.handlers) == 0:
        handlers = kwargs.pop("handlers", None)
        if "stream" in kwargs and "filename" in kwargs:
            raise ValueError("'stream' and 'filename' should not be specified together")
        if "filename" in kwargs:
            _unsupported("logging.basicConfig(filename=...)")
        if handlers is None:
            handlers = [StreamHandler(kwargs.pop("stream", None))]
        dfs = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", '%')
        fs = kwargs.pop("format", BASIC_FORMAT if style == '%' else "{levelname}:{name}:{message}")
        fmt = Formatter(fs, dfs, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        kwargs.pop("encoding", None)
        kwargs.pop("errors", None)
        kwargs.pop("filemode", None)
        if kwargs:
            keys = ', '.join(kwargs.keys())
            raise ValueError('Unrecognised argument(s): %s' % keys)


def critical(msg, *args, **kwargs):
    kwargs = _located(kwargs)
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    kwargs = _located(kwargs)
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **_located(kwargs))


def warning(msg, *args, **kwargs):
    kwargs = _located(kwargs)
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warning(msg, *args, **_located(kwargs))


def info(msg, *args, **kwargs):
    kwargs = _located(kwargs)
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    kwargs = _located(kwargs)
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    kwargs = _located(kwargs)
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    global _disable_level
    _disable_level = level


def shutdown():
    pass
"""#
}
