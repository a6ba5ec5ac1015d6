@dec
@dec2(1)
@a.b.c
def f(): pass

@dataclass
class C:
    x: int = 0

@asynccontextmanager
async def g():
    yield
