/// The Python source of PyModel's `enum` (CPython 3.11's behaviour for the parts notes use): `Enum`,
/// `IntEnum`, `StrEnum`, `auto`, `unique`; members made when the class is created (in definition order,
/// aliases for repeated values), looked up by value (`Color(1)`) and name (`Color["RED"]`), iterated, counted.
///
/// The classes get their metaclass `EnumType` from `_set_metaclass` (`EnumHelpers`); `Flag`, `IntFlag` and the
/// functional API are unsupported stops, and so is a mixin with a builtin type (`class E(str, Enum)`). Members
/// of `IntEnum`/`StrEnum` are objects that compare, hash, format and compute as their values do (the model has no
/// `int` subclasses, and `str` subclass instances carry no attributes): only `isinstance(member, int)` tells.
enum EnumSource {
    static let text = #"""
class auto:
    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('_')


class EnumType(type):
    def __call__(cls, value, *args, **kwds):
        if args or kwds or cls is Enum or not cls._member_names_ and cls in _BASES:
            _unsupported("the functional API of enum")
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __repr__(cls):
        return "<enum %r>" % cls.__name__


class Enum:
    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}

    def __init_subclass__(cls, **kwds):
        if cls.__dict__.get('_enum_base_', False):
            return
        for base in cls.__mro__[1:]:
            if base not in _BASES and isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls.__name__, base))
        names = []
        member_map = {}
        value_map = {}
        last_values = []
        custom_init = None
        for klass in cls.__mro__:
            if klass in _BASES:
                break
            if '__init__' in klass.__dict__:
                custom_init = klass.__dict__['__init__']
                break
        if '__new__' in cls.__dict__:
            _unsupported("an enum with its own __new__")
        for klass in cls.__mro__:
            if klass in (int, str, float, bytes, tuple, dict, list):
                _unsupported("an enum mixed with %s" % klass.__name__)
        for name, value in list(cls.__dict__.items()):
            if _is_dunder(name) or _is_sunder(name) or _is_private(cls.__name__, name) or _is_descriptor(value):
                continue
            if isinstance(value, auto):
                if value.value is None:
                    value.value = cls._generate_next_value_(name, 1, len(names), last_values[:])
                value = value.value
            args = value if isinstance(value, tuple) else (value,)
            member = None
            for other in member_map.values():
                if other._value_ == value:
                    member = other
                    break
            if member is None:
                member = _new_member(cls)
                member._name_ = name
                member._value_ = value
                if custom_init is not None:
                    custom_init(member, *args)
                names.append(name)
                try:
                    value_map.setdefault(value, member)
                except TypeError:
                    pass
            member_map[name] = member
            last_values.append(value)
            setattr(cls, name, member)
        cls._member_names_ = names
        cls._member_map_ = member_map
        cls._value2member_map_ = value_map
        cls.__members__ = dict(member_map)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    _enum_base_ = True


class _ValueEnum(ReprEnum):
    """What IntEnum and StrEnum members share: they compare, hash, format and add as their values."""
    _enum_base_ = True

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == _plain(other)

    def __ne__(self, other):
        return self._value_ != _plain(other)

    def __lt__(self, other):
        return self._value_ < _plain(other)

    def __le__(self, other):
        return self._value_ <= _plain(other)

    def __gt__(self, other):
        return self._value_ > _plain(other)

    def __ge__(self, other):
        return self._value_ >= _plain(other)

    def __add__(self, other):
        return self._value_ + _plain(other)

    def __radd__(self, other):
        return _plain(other) + self._value_


class IntEnum(_ValueEnum):
    _enum_base_ = True

    def __str__(self):
        return str(self._value_)

    def __sub__(self, other):
        return self._value_ - _plain(other)

    def __rsub__(self, other):
        return _plain(other) - self._value_

    def __mul__(self, other):
        return self._value_ * _plain(other)

    def __rmul__(self, other):
        return _plain(other) * self._value_

    def __truediv__(self, other):
        return self._value_ / _plain(other)

    def __rtruediv__(self, other):
        return _plain(other) / self._value_

    def __floordiv__(self, other):
        return self._value_ // _plain(other)

    def __rfloordiv__(self, other):
        return _plain(other) // self._value_

    def __mod__(self, other):
        return self._value_ % _plain(other)

    def __rmod__(self, other):
        return _plain(other) % self._value_

    def __pow__(self, other):
        return self._value_ ** _plain(other)

    def __rpow__(self, other):
        return _plain(other) ** self._value_

    def __and__(self, other):
        return self._value_ & _plain(other)

    def __rand__(self, other):
        return _plain(other) & self._value_

    def __or__(self, other):
        return self._value_ | _plain(other)

    def __ror__(self, other):
        return _plain(other) | self._value_

    def __xor__(self, other):
        return self._value_ ^ _plain(other)

    def __rxor__(self, other):
        return _plain(other) ^ self._value_

    def __lshift__(self, other):
        return self._value_ << _plain(other)

    def __rlshift__(self, other):
        return _plain(other) << self._value_

    def __rshift__(self, other):
        return self._value_ >> _plain(other)

    def __rrshift__(self, other):
        return _plain(other) >> self._value_

    def __neg__(self):
        return -self._value_

    def __pos__(self):
        return +self._value_

    def __abs__(self):
        return abs(self._value_)

    def __invert__(self):
        return ~self._value_

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __bool__(self):
        return bool(self._value_)


def _plain(value):
    return value._value_ if isinstance(value, _ValueEnum) else value


class StrEnum(_ValueEnum):
    _enum_base_ = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __mul__(self, other):
        return self._value_ * other

    def __len__(self):
        return len(self._value_)

    def __iter__(self):
        return iter(self._value_)

    def __contains__(self, item):
        return _plain(item) in self._value_

    def __getitem__(self, index):
        return self._value_[index]

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))
        return getattr(self._value_, name)


class Flag(Enum):
    _enum_base_ = True

    def __init_subclass__(cls, **kwds):
        if not cls.__dict__.get('_enum_base_', False):
            _unsupported("enum.Flag")


class IntFlag(Flag):
    _enum_base_ = True


_BASES = (Enum, ReprEnum, _ValueEnum, IntEnum, StrEnum, Flag, IntFlag)
for _base in _BASES:
    _set_metaclass(_base, EnumType)
EnumMeta = EnumType


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
"""#
}
