"""DESIGN.md's session rules: which fence runs how, and what earlier fences contribute to its run.

For each fence, in order (first rule that applies):
  1. it does not compile                                   -> "none" (its run reports the SyntaxError)
  2. it has top-level await / async with / async for      -> "top-level-await" (IPython-style, on the session loop)
  3. it has an entry point of its own                      -> "own"
     (a top-level `if __name__ == "__main__":` or a top-level statement that calls `asyncio.run(...)`)
  4. it defines `main` or redefines a function or class an earlier fence defined,
     and an entry point was seen before it                 -> "rerun" of the last entry statement seen
  5. the file has no entry point at all, and the fence defines a callable `async def main()` (no required
     arguments) or redefines something once such a main was seen -> "implicit" `asyncio.run(main())`
  6. otherwise                                             -> "none" (definitions only)
Every fence's run first replays the earlier fences silently, entry points dropped (a fence that does not compile
contributes nothing, one that fails part-way what it defined); top-level-await fences replay on the run's loop.
Assignments do not count as (re)definitions for rules 4-5; imports neither.
"""
from __future__ import annotations

import ast
import inspect
from dataclasses import dataclass, field


@dataclass
class FenceFacts:
    source: str
    compiles: bool
    top_level_await: bool = False
    entry_indices: list[int] = field(default_factory=list)
    defined: set[str] = field(default_factory=set)
    callable_async_main: bool = False


def _is_main_guard(stmt: ast.stmt) -> bool:
    if not isinstance(stmt, ast.If) or not isinstance(stmt.test, ast.Compare):
        return False
    test = stmt.test
    if len(test.ops) != 1 or not isinstance(test.ops[0], ast.Eq):
        return False
    sides = [test.left, test.comparators[0]]
    names = [s for s in sides if isinstance(s, ast.Name) and s.id == "__name__"]
    mains = [s for s in sides if isinstance(s, ast.Constant) and s.value == "__main__"]
    return len(names) == 1 and len(mains) == 1


def _calls_asyncio_run(node: ast.AST) -> bool:
    """Whether `node` calls `asyncio.run(...)` outside any function, lambda or class body it contains."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
        return False
    if isinstance(node, ast.Call):
        func = node.func
        if (isinstance(func, ast.Attribute) and func.attr == "run"
                and isinstance(func.value, ast.Name) and func.value.id == "asyncio"):
            return True
    return any(_calls_asyncio_run(child) for child in ast.iter_child_nodes(node))


def _callable_without_arguments(func: ast.AsyncFunctionDef) -> bool:
    args = func.args
    positional = args.posonlyargs + args.args
    required_positional = len(positional) - len(args.defaults)
    required_keyword = sum(1 for default in args.kw_defaults if default is None)
    return required_positional == 0 and required_keyword == 0


def analyse(source: str) -> FenceFacts:
    try:
        tree = compile(source, "<fence>", "exec", flags=ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
                       dont_inherit=True)
        code = compile(tree, "<fence>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
    except (SyntaxError, ValueError):
        return FenceFacts(source, compiles=False)
    facts = FenceFacts(source, compiles=True, top_level_await=bool(code.co_flags & inspect.CO_COROUTINE))
    for index, stmt in enumerate(tree.body):
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            facts.defined.add(stmt.name)
            if isinstance(stmt, ast.AsyncFunctionDef) and stmt.name == "main":
                facts.callable_async_main = _callable_without_arguments(stmt)
            elif stmt.name == "main":
                facts.callable_async_main = False
        elif _is_main_guard(stmt) or _calls_asyncio_run(stmt):
            facts.entry_indices.append(index)
    return facts


@dataclass
class PlannedRun:
    """One fence's run: the job for the runner (without file names) and how the fence runs."""
    entry: str
    prelude: list[dict]
    own: dict


def plan(sources: list[str]) -> list[PlannedRun]:
    facts = [analyse(source) for source in sources]
    file_has_entry = any(f.compiles and not f.top_level_await and f.entry_indices for f in facts)
    runs: list[PlannedRun] = []
    defined_before: set[str] = set()
    last_entry: dict | None = None
    async_main_seen = False
    for position, fact in enumerate(facts):
        prelude = [{"source": f.source, "drop": f.entry_indices} for f in facts[:position] if f.compiles]
        own = {"source": fact.source, "append": None, "implicit_main": False}
        entry = "none"
        if fact.compiles:
            redefines = bool(fact.defined & defined_before)
            if fact.top_level_await:
                entry = "top-level-await"
            elif fact.entry_indices:
                entry = "own"
            elif last_entry is not None and ("main" in fact.defined or redefines):
                entry = "rerun"
                own["append"] = last_entry
            elif not file_has_entry and (fact.callable_async_main or (async_main_seen and redefines)):
                entry = "implicit"
                own["implicit_main"] = True
            if fact.entry_indices and not fact.top_level_await:
                last_entry = {"source": fact.source, "index": fact.entry_indices[-1]}
            if fact.callable_async_main:
                async_main_seen = True
            defined_before |= fact.defined
        runs.append(PlannedRun(entry, prelude, own))
    return runs
