/// The Python source of PyModel's `json` (CPython 3.11's encoder and decoder behaviour for the parts notes
/// use): `dumps` with `indent`, `separators`, `sort_keys`, `default`, `ensure_ascii`, `allow_nan`; `loads`
/// with CPython's error messages for malformed text (`JSONDecodeError`, a `ValueError`). `dump` and `load`
/// need files: unsupported stops.
enum JsonSource {
    static let text = #"""
class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20:
            out.append('\\u%04x' % ord(ch))
        elif ensure_ascii and ord(ch) > 0x7e:
            n = ord(ch)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff)))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def _float_str(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return repr(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        chunks = []
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self._encode(o, chunks, indent, 0, {})
        return ''.join(chunks)

    def _encode(self, o, out, indent, level, markers):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(repr(o))
        elif isinstance(o, float):
            out.append(_float_str(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, indent, level, markers)
        elif isinstance(o, dict):
            self._encode_dict(o, out, indent, level, markers)
        else:
            marker = self._enter(o, markers)
            self._encode(self.default(o), out, indent, level, markers)
            self._leave(marker, markers)

    def _enter(self, o, markers):
        if not self.check_circular:
            return None
        marker = id(o)
        if marker in markers:
            raise ValueError("Circular reference detected")
        markers[marker] = o
        return marker

    def _leave(self, marker, markers):
        if marker is not None:
            del markers[marker]

    def _encode_list(self, lst, out, indent, level, markers):
        if not lst:
            out.append('[]')
            return
        marker = self._enter(lst, markers)
        out.append('[')
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if not first:
                out.append(separator)
            first = False
            self._encode(value, out, indent, level, markers)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append(']')
        self._leave(marker, markers)

    def _encode_dict(self, dct, out, indent, level, markers):
        if not dct:
            out.append('{}')
            return
        marker = self._enter(dct, markers)
        out.append('{')
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            item_separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _float_str(key, self.allow_nan)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = repr(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')
            if not first:
                out.append(item_separator)
            first = False
            out.append(_encode_str(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, out, indent, level, markers)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append('}')
        self._leave(marker, markers)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


_WS = ' \t\n\r'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


class _Decoder:
    def __init__(self, s, object_hook, parse_float, parse_int):
        self.s = s
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int

    def skip(self, i):
        s = self.s
        while i < len(s) and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        ch = s[i]
        if ch == '"':
            return self.string(i + 1)
        if ch == '{':
            return self.object(i + 1)
        if ch == '[':
            return self.array(i + 1)
        if ch == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if ch == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if ch == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        for name, value in _CONSTANTS.items():
            if s.startswith(name, i):
                return value, i + len(name)
        return self.number(i)

    def number(self, i):
        s = self.s
        j = i
        if j < len(s) and s[j] == '-':
            j += 1
        if j < len(s) and s[j] == '0':
            j += 1
        elif j < len(s) and '1' <= s[j] <= '9':
            while j < len(s) and s[j].isdigit():
                j += 1
        else:
            raise JSONDecodeError("Expecting value", s, i)
        is_float = False
        if j + 1 < len(s) and s[j] == '.' and s[j + 1].isdigit():
            is_float = True
            j += 1
            while j < len(s) and s[j].isdigit():
                j += 1
        if j < len(s) and s[j] in 'eE':
            k = j + 1
            if k < len(s) and s[k] in '+-':
                k += 1
            if k < len(s) and s[k].isdigit():
                is_float = True
                j = k
                while j < len(s) and s[j].isdigit():
                    j += 1
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def string(self, i):
        s = self.s
        begin = i - 1
        chunks = []
        while True:
            if i >= len(s):
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            ch = s[i]
            if ch == '"':
                return ''.join(chunks), i + 1
            if ch == '\\':
                if i + 1 >= len(s):
                    raise JSONDecodeError("Unterminated string starting at", s, begin)
                esc = s[i + 1]
                if esc == 'u':
                    code = s[i + 2:i + 6]
                    if len(code) != 4 or not all(c in '0123456789abcdefABCDEF' for c in code):
                        raise JSONDecodeError("Invalid \\uXXXX escape", s, i + 1)
                    n = int(code, 16)
                    i += 6
                    if 0xd800 <= n <= 0xdbff and s[i:i + 2] == '\\u':
                        low = s[i + 2:i + 6]
                        if len(low) == 4 and all(c in '0123456789abcdefABCDEF' for c in low):
                            m = int(low, 16)
                            if 0xdc00 <= m <= 0xdfff:
                                n = 0x10000 + (((n - 0xd800) << 10) | (m - 0xdc00))
                                i += 6
                    chunks.append(chr(n))
                    continue
                if esc not in _BACKSLASH:
                    raise JSONDecodeError("Invalid \\escape", s, i)
                chunks.append(_BACKSLASH[esc])
                i += 2
                continue
            if ord(ch) < 0x20:
                raise JSONDecodeError("Invalid control character at", s, i)
            chunks.append(ch)
            i += 1

    def object(self, i):
        s = self.s
        result = {}
        i = self.skip(i)
        if i < len(s) and s[i] == '}':
            return self.hook(result), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self.string(i + 1)
            i = self.skip(i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self.skip(i + 1)
            value, i = self.value(i)
            result[key] = value
            i = self.skip(i)
            if i < len(s) and s[i] == '}':
                return self.hook(result), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.skip(i + 1)

    def hook(self, result):
        return self.object_hook(result) if self.object_hook is not None else result

    def array(self, i):
        s = self.s
        result = []
        i = self.skip(i)
        if i < len(s) and s[i] == ']':
            return result, i + 1
        while True:
            value, i = self.value(i)
            result.append(value)
            i = self.skip(i)
            if i < len(s) and s[i] == ']':
                return result, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.skip(i + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, bytes):
        s = s.decode('utf-8')
    if not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if cls is not None or parse_constant is not None or object_pairs_hook is not None:
        _unsupported("json.loads with cls, parse_constant or object_pairs_hook")
    decoder = _Decoder(s, object_hook, parse_float or float, parse_int or int)
    i = decoder.skip(0)
    value, end = decoder.value(i)
    end = decoder.skip(end)
    if end != len(s):
        raise JSONDecodeError("Extra data", s, end)
    return value


def dump(obj, fp, **kw):
    _unsupported("json.dump (files)")


def load(fp, **kw):
    _unsupported("json.load (files)")
"""#
}
