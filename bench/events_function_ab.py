"""CPU time of one function of the events stage, this tree against the same module of another tree.

Why: a change that saves 1 % of the stage is lost in the noise of `events_stage_ab.py` on the shared machine, but
the function it touches can be timed alone: one events pass over `events_bench.timing_inputs` records every call the
stage makes to it (through the attribute of the module that calls it, `--caller`), and the recorded calls are then
replayed, alternating the function of this tree and the function of `--base`'s copy of the same module.

Run (the tree under test comes from PYTHONPATH):
`OMP_NUM_THREADS=1 PYTHONPATH=<tree>/src nice -n 5 .venv/bin/python bench/events_function_ab.py names fallback_orgs
--base /tmp/base/src`

Only the one module comes from `--base` (loaded under another name); what it imports is this tree's, so the two
differ only by that module's own code. Both see the same arguments; `same outputs` compares their `repr`s (objects
that hold `id()`s, such as a sentence view, always differ there: judge those by the identity check instead).
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
import types
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent

from newsgraph.settings import Settings  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from events_stage_ab import events_pass, prepared  # noqa: E402  (after newsgraph: PYTHONPATH names the tree)


def load_copy(base_src: Path, module: str) -> types.ModuleType:
    """`newsgraph.events.<module>` as written in another tree, as a module of its own."""
    path = base_src / "newsgraph" / "events" / f"{module}.py"
    copy = types.ModuleType(f"_base_{module}")
    copy.__file__ = str(path)
    sys.modules[copy.__name__] = copy  # dataclasses look their module up
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), copy.__dict__)
    return copy


def record_calls(caller: types.ModuleType, function: str) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    """The arguments of every call `caller` makes to `function` in one events pass over the timing inputs."""
    articles = prepared(Settings(events=False))
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    original = getattr(caller, function)

    def recording(*args: Any, **kwargs: Any) -> Any:
        calls.append((args, kwargs))
        return original(*args, **kwargs)

    setattr(caller, function, recording)
    try:
        events_pass(articles, Settings(events=True))
    finally:
        setattr(caller, function, original)
    return calls


def replay(fn: Callable[..., Any], calls: list[tuple[tuple[Any, ...], dict[str, Any]]], replays: int) -> float:
    start = time.process_time()
    for _ in range(replays):
        for args, kwargs in calls:
            fn(*args, **kwargs)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("module", help="module of newsgraph.events, e.g. names")
    parser.add_argument("function", help="function of that module, e.g. fallback_orgs")
    parser.add_argument("--base", type=Path, required=True, help="src/ of the other tree")
    parser.add_argument("--caller", default="extract", help="module of newsgraph.events that calls the function")
    parser.add_argument("--replays", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    mine = getattr(importlib.import_module(f"newsgraph.events.{args.module}"), args.function)
    theirs = getattr(load_copy(args.base, args.module), args.function)
    calls = record_calls(importlib.import_module(f"newsgraph.events.{args.caller}"), args.function)
    same = [repr(mine(*a, **k)) for a, k in calls] == [repr(theirs(*a, **k)) for a, k in calls]
    times: dict[str, list[float]] = {"base": [], "this": []}
    for _ in range(args.rounds):
        times["base"].append(replay(theirs, calls, args.replays))
        times["this"].append(replay(mine, calls, args.replays))
    print(f"{args.module}.{args.function}: {len(calls)} calls per pass, same outputs {same}; CPU s over "
          f"{args.replays} replays, {args.rounds} rounds: base {' '.join(f'{t:.4f}' for t in times['base'])} "
          f"(median {statistics.median(times['base']):.4f}), this {' '.join(f'{t:.4f}' for t in times['this'])} "
          f"(median {statistics.median(times['this']):.4f})")


if __name__ == "__main__":
    main()
