"""`generate_site`: the package + site config -> Markdown sources, charts, downloads and the
mkdocs.yml in site_src/. Built whole in a staging folder and swapped in
(generator.atomic.Staged): files whose bytes did not change keep their previous file; a
file made from what made it last time is kept without being written or compared
(filerecord.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.atomic import Counts, Staged, put
from generator.paths import Layout
from generator.site import downloads, pages_data, pages_editions, pages_notfound, pages_text, searchmeta
from generator.site.pages_documents import Documents
from generator.site.pages_listing import Listing
from generator.site.pages_places import Places
from generator.site.pages_reporting import Reporting
from generator.site.pages_series import Series
from generator.site.pages_status import Status
from generator.site.progress import Progress
from generator.site.charts import javascript_bundle, renders_in_a_fork
from generator.site.config import check_deployable, load_config
from generator.site.datapackage import DataPackage
from generator.site.filerecord import FileRecord
from generator.site.mkdocs_config import HOOKS_PY, mkdocs_yaml
from generator.site.model import Site
from generator.site.output import Output
from generator.site.parallel import in_child_process
from generator.site.rowstore import RowStore
from generator.site.stamp import site_date

HERE = Path(__file__).resolve().parent
SECTION_BUILDERS = {"series": Series, "status": Status, "listing": Listing, "documents": Documents, "reporting": Reporting}
README = """# site_src/ (generated)

Everything here except this file is written by `python -m generator site` from the data
package and `site_config.yml` (see docs/site.md), and ignored by git. Do not edit:
change the package, the site config, or the texts in generator/site/i18n/, and regenerate.
"""
# Strings in the Vega bundle that name other hosts; inert with `actions: false`, neutralised
# so no built script carries a remote address.
VEGA_REMOTE = ("https://vega.github.io/editor/", "https://github.com/vega/vega-lite/issues/2415")


def load_site(layout: Layout) -> Site:
    config = load_config(layout.root)
    return Site(config, DataPackage(config.package), cache=layout.cache / "site", state=layout.root / "build" / "state")


def render(site: Site, out: Output) -> None:
    """Every page and file of the site, into out."""
    moment = site_date(site)
    files = downloads.file_digests(site)  # the package files' sha256 (what the rows and downloads are made from)
    store = RowStore(site.cache / "rows", files) if site.cache else None
    site.package.kept_rows = store  # each file's rows parsed once, kept between runs
    builders: dict[str, Any] = {s["slug"]: SECTION_BUILDERS[s["type"]](site, s) for s in site.config.sections
                                if s["type"] in SECTION_BUILDERS}
    documents = [b for b in builders.values() if isinstance(b, Documents)]
    progress = site.config.progress.get("section")
    if progress in builders:  # targets and changes read the same series the pages show
        site.__dict__["progress"] = Progress(site, builders[progress])
    # place pages known before any page is written: the other sections link places to
    # them instead of paging by place
    builders.update({s["slug"]: Places(site, s, dict(builders)) for s in site.config.sections_of("places")})
    # the report pages (thousands, independent of the rest), the series sections but the
    # largest (their pages and views: every add changes them), the editions pages and the
    # workbook in a second process; the package zip and the JSON zip here once the pages
    # are written
    stamp = (moment.year, moment.month, moment.day)
    moved = second_series(builders)

    def second() -> None:
        for d in documents:
            d.build_documents(out)
        for slug in moved:
            builders[slug].build(out)
        for section in site.config.sections_of("data"):  # the record's new files and the fact rows they name read
            pages_editions.build(site, section, out, documents[0] if documents else None)
        downloads.prepare(site, stamp, files, downloads.workbook_only)
        return out.written()  # what the parent records for the files written here

    worker = in_child_process(second, "site_src (report pages and downloads)")
    try:
        pages_text.build(site, out)
        for section in site.config.sections:
            if section["slug"] in moved:
                continue
            if section["slug"] in builders:
                builders[section["slug"]].build(out)
            elif section["type"] == "data":
                pages_data.build(site, section, out, str(moment.year))
        downloads.prepare(site, stamp, files, downloads.the_zips)
        out.absorb(worker.wait())
        if store is not None:
            store.prune()
        downloads.build(site, out, stamp, files)
        if site.config.sections_of("search"):
            for lang in site.config.languages:
                out.file(f"assets/names.{lang}.json", searchmeta.names(site, builders, lang))
        for name in ("site.css", "site.js", "search.js"):
            out.file(f"assets/{name}", (HERE / "assets" / name).read_bytes())
        for lang in site.config.languages[1:]:  # the default language's is the theme's 404.html (write_config)
            out.file(f"{lang}/404.html", pages_notfound.page(site, lang))
        bundle = javascript_bundle(site.cache)
        for remote in VEGA_REMOTE:
            bundle = bundle.replace(remote, "")
        out.file("assets/vega/vega-bundle.js", bundle)
    except BaseException:
        worker.stop()  # before the staging folder is removed under it
        raise


def second_series(builders: dict[str, Any]) -> list[str]:
    """The series sections the second process writes: all but the one with the most rows
    (after an add every series page and view is written again; the largest stays with the
    first process's other pages, which is about as much work as the second's)."""
    if not renders_in_a_fork():  # charts rendered here already (tests): the series pages stay here
        return []
    series = sorted((s for s in builders.values() if isinstance(s, Series)), key=lambda s: -sum(len(r) for r in s.by_entity.values()))
    return [s.slug for s in series[1:]]


def write_config(site: Site, folder: Path) -> None:
    """mkdocs.yml, its hooks and template overrides, and the README beside the docs."""
    put(folder / "mkdocs.yml", mkdocs_yaml(site))
    put(folder / "hooks.py", HOOKS_PY)
    for path in sorted((HERE / "overrides").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            put(folder / "overrides" / path.relative_to(HERE / "overrides"), path.read_bytes())
    put(folder / "overrides" / "404.html", pages_notfound.template(site))
    put(folder / "README.md", README)


def generate_site(layout: Layout, deploy: bool = False) -> Counts:
    """Write site_src/ from the package; returns the (written, unchanged, removed) file
    counts (written: files new or with other bytes than before). deploy: a build for
    publishing, which needs the site's public address (site_url)."""
    site = load_site(layout)
    if deploy:
        check_deployable(site.config)
    with Staged(layout.site_src) as staged:
        record = FileRecord.load(layout, staged.path)
        render(site, Output(staged.path / "docs", previous=layout.site_src / "docs", record=record))
        write_config(site, staged.path)
        counts = staged.commit(record.differ)
    record.save(layout)
    return counts
