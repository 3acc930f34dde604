"""Settings read from the environment, checked: a malformed value is one clear error."""
from __future__ import annotations

import os
import re
from datetime import datetime, timezone

from generator.errors import InputError

LOCK_WAIT = 300.0  # seconds a writing command waits for another one to finish


def source_date_epoch() -> datetime | None:
    """SOURCE_DATE_EPOCH (reproducible builds) as a UTC time; None when unset or empty."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    problem = "is not a whole number of seconds since 1970-01-01 UTC (e.g. 1714521600); fix it or unset it"
    if not re.fullmatch(r"[0-9]+", value):
        raise InputError(f"SOURCE_DATE_EPOCH={value[:40]!r}", problem)
    try:
        return datetime.fromtimestamp(int(value), tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        raise InputError(f"SOURCE_DATE_EPOCH={value[:40]!r}", "is out of range (a date after the year 9999); fix it or unset it") from None


def lock_wait(option: float | None = None) -> float:
    """Seconds to wait for the project lock: --wait, else DEAN06_LOCK_WAIT, else 300."""
    if option is not None:
        return max(0.0, option)
    value = os.environ.get("DEAN06_LOCK_WAIT", "").strip()
    if not value:
        return LOCK_WAIT
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0 or seconds == float("inf"):
        raise InputError(f"DEAN06_LOCK_WAIT={value[:40]!r}", "is not a number of seconds (e.g. 60); fix it or unset it")
    return seconds
