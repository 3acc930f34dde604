"""Work on the second core: a function run in a forked child process, which sees everything
the parent has loaded (the package, the code lists) without pickling any of it. Its only
output is the files it writes; a failure in it fails the parent's run, with the child's
own error (an input or disk error stays one line naming its file). What the function
returns (small, picklable) is sent back: `wait()` returns it."""
from __future__ import annotations

import multiprocessing
import os
import sys
from typing import Any, Callable

from generator.errors import InputError


class _Done:
    """The message of a child that ended well: what its function returned."""

    def __init__(self, value: Any) -> None:
        self.value = value


class Child:
    def __init__(self, process: Any, receive: Any = None, what: str = "", result: Any = None) -> None:
        self.process = process
        self.receive = receive
        self.what = what
        self.result = result  # what the function returned, when it ran here

    def stop(self) -> None:
        """End the child now (the parent failed: nothing it writes is wanted)."""
        if self.process is not None and self.process.is_alive():
            self.process.kill()
            self.process.join()

    def wait(self) -> Any:
        """What the function returned (its failure raised here)."""
        if self.process is None:
            return self.result
        message = None
        try:  # read before joining: a child blocks on a message larger than the pipe holds
            message = self.receive.recv()
        except (EOFError, OSError):
            pass
        self.process.join()
        if self.process.exitcode == 0 and isinstance(message, _Done):
            return message.value
        error = None if isinstance(message, _Done) else message
        if isinstance(error, (InputError, OSError)):
            raise error
        if error is not None:
            raise RuntimeError(f"the site generator's second process failed: {error}")
        raise InputError(self.what or "site_src", f"the site generator's second process failed (it ended with code {self.process.exitcode}): run again")


def _run(job: Callable[[], Any], send: Any) -> None:
    try:
        send.send(_Done(job()))
    except BaseException as exc:  # sent to the parent, which raises it there
        try:
            send.send(exc if isinstance(exc, (InputError, OSError)) else f"{type(exc).__name__}: {exc}")
        except Exception:
            send.send(f"{type(exc).__name__}: {exc}")
        sys.stderr.flush()
        os._exit(1)


def in_child_process(job: Callable[[], Any], what: str = "") -> Child:
    """Start job() in a forked process (where fork is not available: run it here, now)."""
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:
        return Child(None, result=job())
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_run, args=(job, send), daemon=True)
    process.start()
    send.close()
    return Child(process, receive, what)
