"""Work on the second core: a function run in a forked child process, which sees everything
the parent has loaded (the package, the code lists) without pickling any of it. Its only
output is the files it writes; a failure in it fails the parent's run."""
from __future__ import annotations

import multiprocessing
from typing import Any, Callable


class Child:
    def __init__(self, process: Any) -> None:
        self.process = process

    def wait(self) -> None:
        if self.process is None:
            return
        self.process.join()
        if self.process.exitcode != 0:
            raise RuntimeError(f"the site generator's second process failed (exit code {self.process.exitcode}); see its error above")


def _run(job: Callable[[], Any]) -> None:
    job()


def in_child_process(job: Callable[[], Any]) -> Child:
    """Start job() in a forked process (where fork is not available: run it here, now)."""
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:
        job()
        return Child(None)
    process = context.Process(target=_run, args=(job,), daemon=True)
    process.start()
    return Child(process)
