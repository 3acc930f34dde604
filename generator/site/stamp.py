"""The one date a build depends on (never the clock): SOURCE_DATE_EPOCH when set, else the
package's `created`, else the latest document date. Byte-identical builds follow."""
from __future__ import annotations

from datetime import datetime, timezone

from generator.environment import source_date_epoch
from generator.site.model import Site


def site_date(site: Site) -> datetime:
    moment = source_date_epoch()  # a malformed value is an error, as for the package
    if moment is not None:
        return moment
    created = str(site.package.descriptor.get("created") or "")
    try:
        if created:
            return datetime.fromisoformat(created.replace("Z", "+00:00")).astimezone(timezone.utc)
    except ValueError:
        pass
    docs = site.documents
    times = [str(site.time_of(r, docs))[:10] for r in site.rows(docs["table"])] if docs else []
    latest = max((t for t in times if len(t) == 10), default="1980-01-01")
    return datetime.fromisoformat(latest).replace(tzinfo=timezone.utc)


def epoch(moment: datetime) -> int:
    return int(moment.timestamp())
