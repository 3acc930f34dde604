"""One entry point: `python -m generator <stage>` (also the `de-an-06` console script).

Stages: extract -> check -> package (`all` runs the three), site -> build (the website).
User errors print one line naming the file and line, and exit with code 1.
"""
from __future__ import annotations

import errno
import functools
import sys
from pathlib import Path
from typing import Callable

import click

from generator.errors import InputError
from generator.paths import Layout, default_layout


def _layout(ctx: click.Context) -> Layout:
    return ctx.obj["layout"]


_REASONS = {
    errno.ENOSPC: "no space left on device (disk full)",
    errno.EDQUOT: "disk quota exceeded",
    errno.EACCES: "permission denied (a read-only folder or file?)",
    errno.EPERM: "operation not permitted (a read-only folder or file?)",
    errno.EROFS: "read-only file system",
    errno.EIO: "input/output error",
    errno.EISDIR: "is a folder, not a file",
    errno.ENOTDIR: "a part of this path is a file, not a folder",
}


def os_error_message(exc: OSError, root: Path | None = None) -> str:
    """One line for a system error: the file (as the user knows it) and what went wrong."""
    from generator.atomic import public_name

    where = public_name(exc.filename) if exc.filename else str(root or Path.cwd())
    reason = _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)
    return f"{where}: {reason}"


def user_errors(func: Callable) -> Callable:
    """Input and system errors: one line naming the file (and line), exit code 1."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except InputError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        except OSError as exc:
            ctx = click.get_current_context(silent=True)
            root = ctx.obj["layout"].root if ctx and ctx.obj and "layout" in ctx.obj else None
            click.echo(f"error: {os_error_message(exc, root)}", err=True)
            sys.exit(1)

    return wrapper


def writes(func: Callable) -> Callable:
    """A command that writes: it holds the project lock (lock.py) for its whole run, and
    first removes what killed runs left behind (atomic.clean_leftovers)."""
    @functools.wraps(func)
    def wrapper(ctx: click.Context, *args, **kwargs):
        from generator.environment import lock_wait
        from generator.lock import writer_lock

        layout = _layout(ctx)
        with writer_lock(layout, lock_wait(ctx.obj.get("wait")), ctx.info_name or ""):
            clean_leftovers(layout)
            return func(ctx, *args, **kwargs)

    return wrapper


def clean_leftovers(layout: Layout) -> None:
    from generator.atomic import clean_leftovers as clean

    clean([layout.package, layout.site, layout.site_src], [layout.reports, layout.root / "build", layout.package.parent])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=None, help="Project folder (default: the current folder or $DEAN06_ROOT).")
@click.option("--wait", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="How long a writing command waits for another one to finish before it gives up (default: $DEAN06_LOCK_WAIT or 300).")
@click.pass_context
def cli(ctx: click.Context, root: Path | None, wait: float | None) -> None:
    """Đề án 06 Open Data: reports -> validated data package -> bilingual static site."""
    ctx.ensure_object(dict)
    ctx.obj["layout"] = Layout(root.resolve()) if root else default_layout()
    ctx.obj["wait"] = wait


def _refs(layout: Layout):
    from generator.codelists import References

    return References.load(layout.codelists)


def _extract(layout: Layout, quiet: bool):
    from generator.pipeline import run_extract

    refs = _refs(layout)
    results = run_extract(layout, refs, progress=not quiet)
    return refs, results


@cli.command()
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
@user_errors
@writes
def extract(ctx: click.Context, quiet: bool) -> None:
    """Read every report under sources/reports into cached candidate records."""
    layout = _layout(ctx)
    _, results = _extract(layout, quiet)
    fresh = sum(not r.cached for r in results)
    click.echo(f"extracted {len(results)} report(s): {fresh} read, {len(results) - fresh} unchanged (cache)")


def _check(layout: Layout, quiet: bool):
    from generator.pipeline import assemble, write_review

    refs, results = _extract(layout, quiet)
    tables = assemble(results, refs, layout.corrections)
    paths = write_review(layout, results)
    return refs, results, tables, paths


def print_check_summary(results, tables, echo: Callable[[str], None] = click.echo) -> None:
    from generator.increment import flag_counts

    check_summary([r.data["report"] for r in results], flag_counts(tables, None), echo)


def check_summary(reports, flags: dict[str, dict[str, int]], echo: Callable[[str], None] = click.echo) -> None:
    """One line per report (coverage, flags per check); flags counted once per report (a
    scan per report was quadratic at national scale)."""
    echo(f"{'report':<46} {'seen':>5} {'captured':>8} {'coverage':>8}  flags")
    for rep in reports:
        rid = rep["report_id"]
        mine = flags.get(rid, {})
        summary = ", ".join(f"{c} {n}" for c, n in sorted(mine.items())) or "none"
        echo(f"{rid:<46} {rep['figures_seen']:>5} {rep['figures_captured']:>8} {rep['coverage']:>8.1%}  {summary}")


@cli.command()
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
@user_errors
@writes
def check(ctx: click.Context, quiet: bool) -> None:
    """Run the consistency checks; print coverage and flags; write build/review/*.csv."""
    layout = _layout(ctx)
    _, results, tables, paths = _check(layout, quiet)
    print_check_summary(results, tables)
    click.echo(f"review files: {layout.review} ({len(paths)} file(s))")


@cli.command()
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--fast", is_flag=True, help="Check keys, enums and types in pandas instead of full frictionless validation (seconds on thousands of reports; CI validates fully).")
@click.option("--no-validate", is_flag=True, help="Skip validation altogether.")
@click.pass_context
@user_errors
@writes
def package(ctx: click.Context, quiet: bool, fast: bool, no_validate: bool) -> None:
    """Write and validate datapackages/de-an-06 (swapped in only when valid)."""
    from generator.package import write_package

    layout = _layout(ctx)
    mode = False if no_validate else ("fast" if fast else True)
    how = {True: "validated with frictionless", "fast": "fast-checked (keys, enums, types)", False: "not validated"}[mode]
    if _package_up_to_date(layout, mode) is not None:
        from generator.editions import edition_of

        click.echo(f"package: {layout.package} (nothing changed since the last build; {edition_of(layout.package)})")
        return
    refs, results, tables, _ = _check(layout, quiet)
    path = write_package(layout, tables, refs, [r.source for r in results], validate=mode)
    record_package(layout, results, tables, mode)
    from generator.editions import edition_of

    click.echo(f"package: {path} ({sum(len(v) for v in tables.values())} fact rows, {how}; {edition_of(path)})")


# validation levels, weakest first: a package validated in full needs no fast check
_LEVELS = (False, "fast", "delta", True)


def _package_up_to_date(layout: Layout, mode: bool | str):
    """The package's dependency record (generator/deps.py) when the reports, code lists and
    code are those of the last build and the package and review files are as it left
    them (validated at least as asked); else None."""
    from generator import deps
    from generator.sources import list_sources

    sources = list_sources(layout.reports)
    outputs = {"package": layout.package, "review": layout.review}
    for level in _LEVELS[_LEVELS.index(mode):]:
        found = deps.up_to_date(layout, "package", deps.package_inputs(layout, sources, level), outputs)
        if found is not None:
            return found
    return None


def record_package(layout: Layout, results, tables, mode: bool | str, plan=None, sources=None) -> None:
    """Remember a package build (after its swap): its inputs, outputs and check summary
    (with a plan, generator/increment.py: of every report, assembled or kept)."""
    from generator import deps
    from generator.increment import flag_counts

    lines: list[str] = []
    sources = sources if sources is not None else [r.source for r in results]
    reports = {r["source_file"]: r for r in tables.get("reports", [])}
    check_summary([reports[s.name] for s in sources], flag_counts(tables, plan), lines.append)
    deps.record(layout, "package", deps.package_inputs(layout, sources, mode),
                {"package": layout.package, "review": layout.review}, lines, {"validated": mode})


@cli.command(name="all")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
@user_errors
@writes
def all_(ctx: click.Context, quiet: bool) -> None:
    """extract + check + package."""
    from generator.editions import edition_of
    from generator.package import write_package

    layout = _layout(ctx)
    found = _package_up_to_date(layout, True)
    if found is not None:
        for line in found.get("lines", []):
            click.echo(line)
        click.echo(f"package: {layout.package} (validated; nothing changed since the last build; {edition_of(layout.package)}); "
                   f"review files: {layout.review}")
        return
    refs, results, tables, paths = _check(layout, quiet)
    print_check_summary(results, tables)
    path = write_package(layout, tables, refs, [r.source for r in results])
    record_package(layout, results, tables, True)
    click.echo(f"package: {path} (validated; {edition_of(path)}); review files: {layout.review}")


@cli.command()
@click.option("--deploy", is_flag=True, help="A build for publishing: stop unless the site's public address is set "
                                             "(site_url in site_config.yml or $DEAN06_SITE_URL). Without it every link is relative.")
@click.pass_context
@user_errors
@writes
def site(ctx: click.Context, deploy: bool) -> None:
    """Write the bilingual Markdown site sources into site_src/ from the package."""
    from generator import deps
    from generator.site import generate_site

    layout = _layout(ctx)
    inputs = deps.site_inputs(layout, deploy)
    if deploy:
        from generator.site.config import check_deployable, load_config

        check_deployable(load_config(layout.root))
    if deps.up_to_date(layout, "site", inputs, {"site_src": layout.site_src}) is not None:
        click.echo(f"site sources: {layout.site_src} (nothing changed since the last run)")
        return
    written, unchanged, removed = generate_site(layout, deploy=deploy)
    deps.record(layout, "site", inputs, {"site_src": layout.site_src})
    click.echo(f"site sources: {layout.site_src} ({written} written, {unchanged} unchanged, {removed} removed)")


@cli.command()
@click.pass_context
@user_errors
@writes
def build(ctx: click.Context) -> None:
    """Run mkdocs on site_src/ into site/ (swapped in whole only when the build passes)."""
    from generator import deps
    from generator.site import build_site

    layout = _layout(ctx)
    inputs = deps.build_inputs(layout) if (layout.site_src / "mkdocs.yml").is_file() else None
    if inputs and deps.up_to_date(layout, "build", inputs, {"site": layout.site}) is not None:
        click.echo(f"site: {layout.site} (nothing changed since the last build)")
        return
    timings: dict[str, float] = {}
    path = build_site(layout, timings)
    if inputs:
        deps.record(layout, "build", inputs, {"site": layout.site})
    stamped = int(timings.pop("stamped", 0))
    bundles, kept = int(timings.pop("bundles", 0)), int(timings.pop("bundles kept", 0))
    static = int(timings.pop("static kept", 0))
    steps = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timings.items())
    click.echo(f"site: {path} ({steps}; {stamped} stamped pages; {static} static files kept; search bundles {bundles} indexed, {kept} kept)")


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--no-validate", is_flag=True, help="Skip validation (faster; CI always validates).")
@click.option("--full", is_flag=True, help="Validate the whole package with frictionless, as `all` and CI do (default: frictionless on "
                                           "the rows that changed, keys, enums and types of every row in pandas).")
@click.pass_context
@user_errors
@writes
def add(ctx: click.Context, file: Path, no_validate: bool, full: bool) -> None:
    """Add a report (.txt, .md, .pdf, .docx): store it in sources/reports, rebuild, summarise."""
    from generator.add import add_report

    layout = _layout(ctx)
    outcome = add_report(layout, file, validate=False if no_validate else (True if full else "delta"))
    click.echo(outcome.message)
    for line in outcome.lines:
        click.echo(f"  {line}")


@cli.command()
@click.option("--no-validate", is_flag=True, help="Skip full frictionless validation (faster; CI always validates).")
@click.pass_context
@user_errors
@writes
def corrections(ctx: click.Context, no_validate: bool) -> None:
    """Apply codelists/corrections.csv and code-list edits (aliases): rebuild, say what changed."""
    from generator.add import package_changes, read_package_rows, rebuild
    from generator.corrections import changed_rows

    layout = _layout(ctx)
    before = read_package_rows(layout.package)
    built = rebuild(layout, _refs(layout), validate=not no_validate, incremental=False)  # every report's summary
    print_check_summary(built.results, built.tables)
    for line in changed_rows(layout.corrections, built.tables):
        click.echo(f"correction {line}")
    from generator.editions import TABLE, edition_of

    after = read_package_rows(layout.package)
    # the edition's own record of what changed is not one of the changes it records
    changes = package_changes({k: v for k, v in before.items() if k != TABLE}, {k: v for k, v in after.items() if k != TABLE})
    for line in changes:
        click.echo(f"changed {line}")
    click.echo(f"package: {built.package} ({'no rows changed' if not changes else f'{len(changes)} table(s) changed'}; "
               f"{edition_of(built.package)})")


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array (line, value, unit, measure, role, quote, indicator_id, …).")
@click.pass_context
@user_errors
def figures(ctx: click.Context, file: Path, as_json: bool) -> None:
    """Print every figure a text file prints (a report, or prose quoting one), and what it would be filed under. Adds nothing."""
    import json

    from generator.reading.any_text import figures_of

    rows = figures_of(file, _refs(_layout(ctx)))
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    click.echo(f"{'line':>5}  {'value':<18} {'role':<9} {'filed under':<40} measure / quote")
    for row in rows:
        filed = row["indicator_id"] or (f"{row['service_id']}/{row['service_part']}" if row["service_id"] else row["claimed_by"] or "-")
        what = row["measure"] or row["quote"]
        click.echo(f"{row['line']:>5}  {row['value_printed'][:18]:<18} {row['role']:<9} {filed[:40]:<40} {what[:70]}")
    filed = sum(1 for row in rows if row["claimed_by"])
    click.echo(f"{len(rows)} figure(s), {filed} filed")


@cli.command()
@click.option("--set", "sets", multiple=True, help="Labelled set under tests/accuracy (seeds, realtexts, layouts; heldout only when asked). Repeatable.")
@click.option("--details", is_flag=True, help="List each miss and each wrong filing.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--labels", type=click.Path(file_okay=False, path_type=Path), default=None, help="Folder of labelled sets (default: tests/accuracy in the project).")
@click.pass_context
@user_errors
def evaluate(ctx: click.Context, sets: tuple[str, ...], details: bool, as_json: bool, labels: Path | None) -> None:
    """Measure the reader against the hand-written answer keys: precision and recall per text and set."""
    from generator.evaluate import DEFAULT_SETS, as_json as to_json, evaluate as run, format_report

    layout = _layout(ctx)
    results = run(labels or layout.root / "tests" / "accuracy", _refs(layout), tuple(sets) or DEFAULT_SETS)
    click.echo(to_json(results) if as_json else format_report(results, details))


@cli.command()
@click.option("--top", default=30, show_default=True, help="How many counted nouns to list.")
@click.pass_context
@user_errors
def review(ctx: click.Context, top: int) -> None:
    """The most frequent unfiled counted nouns across all reports, with candidate indicators and a rule row to confirm."""
    from generator.review import format_review, unfiled_nouns

    layout = _layout(ctx)
    refs, results = _extract(layout, quiet=True)
    click.echo(format_review(unfiled_nouns(results), top))


def main() -> None:
    cli(prog_name="python -m generator")


if __name__ == "__main__":
    main()
