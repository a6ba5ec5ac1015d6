# typing annotations everywhere: Optional, List, Dict, Callable, Awaitable, TypeVar in signatures
import asyncio
from typing import Any, Awaitable, Callable, Dict, List, Optional, TypeVar, Union

T = TypeVar("T")

async def retry(fn: Callable[[], Awaitable[T]], times: int = 3) -> Optional[T]:
    for i in range(times):
        result: Optional[T] = await fn()
        if result is not None:
            return result
    return None

calls: Dict[str, int] = {"n": 0}

async def sometimes() -> Union[int, None]:
    calls["n"] += 1
    await asyncio.sleep(0.1)
    return 7 if calls["n"] == 2 else None

async def main() -> None:
    values: List[Any] = [await retry(sometimes), await retry(sometimes, times=1)]
    print(values, calls)

asyncio.run(main())
