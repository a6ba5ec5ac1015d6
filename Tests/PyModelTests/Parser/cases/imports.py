import a
import a.b as c, d
from . import x
from ..m import (a, b as c,)
from m import *
from ...x import y
from .a.b import c
import asyncio, time
from contextlib import asynccontextmanager
