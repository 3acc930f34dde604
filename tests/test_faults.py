"""Faults and hostile conditions (issue 11): a run that fails or is killed at any write step
leaves the previous package and site byte-identical (or, once the new one is swapped in,
the complete new one: never a mix), and the next run succeeds; one writer at a time;
leftovers removed; output independent of the time zone and of cache history; damaged
caches ignored and rebuilt; every error one line with exit code 1; published files
world-readable.

Faults come from the hook in the atomic write layer (`generator.atomic.step`): in process
`atomic.fault_hook` raises at the n-th write step; in a subprocess DEAN06_FAULT_AT=n:kill
sends SIGKILL to the process at that step (a real kill: no cleanup runs). Steps are
counted, never timed. `add` and `all` are failed at every write step in turn (33 and 27
steps here); `site` and `build` (hundreds of steps each) at representative steps: the
first and the last write and link, the swap and the removal of the previous tree; the
subprocess kills at the first step of each kind for `add`, and once for `build`.
"""
from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from generator import atomic
from generator import package as package_mod

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "maintainer"))
sys.path.insert(0, str(Path(__file__).parent / "site"))
import maintainer_builders as mb  # noqa: E402
from site_fixtures import dean06_project  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.timeout(900)
SDE = "1735689600"  # 2025-01-01: a SOURCE_DATE_EPOCH that changes package and site


class Killed(BaseException):
    """Stands for a kill or Ctrl-C in process: not an error the CLI reports, it propagates."""


class Fault:
    """atomic.fault_hook that fails the n-th write step (counted from when it is set)."""

    def __init__(self, at: int | None = None, error: BaseException | None = None, when=None) -> None:
        self.at, self.error, self.when = at, error, when
        self.steps: list[tuple[str, str]] = []
        self.fired: tuple[str, str] | None = None

    def __call__(self, kind: str, path: Path) -> None:
        self.steps.append((kind, str(path)))
        hit = len(self.steps) == self.at if self.at is not None else bool(self.when and self.when(kind, path))
        if hit and self.fired is None:
            self.fired = (kind, str(path))
            raise self.error if self.error is not None else Killed(f"step {self.at}: {kind} {path}")


@pytest.fixture
def hook(monkeypatch):
    def set_hook(fault: Fault) -> Fault:
        monkeypatch.setattr(atomic, "fault_hook", fault)
        return fault

    return set_hook


def digest(folder: Path) -> dict[str, str]:
    """{relative path: sha256} of every file under folder (a folder's state, for comparing)."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def published(root: Path) -> dict[str, dict[str, str]]:
    return {name: digest(root / name) for name in ("datapackages", "site", "site_src")}


def leftovers(root: Path) -> list[str]:
    """Names only a run of ours makes: staging folders and temporary files."""
    found = [str(p.relative_to(root)) for p in root.rglob(".*") if ".new." in p.name or ".old." in p.name or p.name.endswith(".tmp")]
    return sorted(found)


def run(root: Path, *args):
    return mb.run(root, *args)


def one_line_error(result, *fragments: str) -> str:
    assert result.exit_code == 1, result.output
    err = result.stderr
    assert err.count("\n") == 1 and err.startswith("error: ") and "Traceback" not in err, err
    for fragment in fragments:
        assert fragment in err, err
    return err


def cli(root: Path, *args: str, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    """python -m generator --root root ... in a subprocess."""
    environ = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    for name in ("DEAN06_FAULT_AT", "DEAN06_FAULT_LOG"):
        if env is None or name not in env:
            environ.pop(name, None)
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(root), *map(str, args)],
                          capture_output=True, text=True, env=environ, timeout=600, **kwargs)


# ---------------------------------------------------------------- projects

@pytest.fixture(scope="module")
def packaged(tmp_path_factory) -> Path:
    """Inputs, caches and the package (no site): what add and all work on."""
    root = mb.make_project(tmp_path_factory.mktemp("packaged") / "project")
    assert run(root, "all", "--quiet").exit_code == 0
    return root


@pytest.fixture(scope="module")
def small_site(tmp_path_factory) -> Path:
    """The site tests' small package (tests/site/site_fixtures.py) and its built site:
    about 300 files, a `site` run in a fraction of a second, a `build` in about one."""
    root = dean06_project(tmp_path_factory.mktemp("small_site") / "project")
    for stage in ("site", "build"):
        result = run(root, stage)
        assert result.exit_code == 0, result.output
    return root


@pytest.fixture(scope="module")
def after_add(packaged, tmp_path_factory) -> tuple[dict, list[tuple[str, str]]]:
    """The package a successful `add` makes, and its write steps in order."""
    root = mb.copy_project(packaged, tmp_path_factory.mktemp("after_add") / "project")
    fault = Fault()
    atomic.fault_hook = fault
    try:
        result = run(root, "add", "--no-validate", mb.DISTRICT_MD)
    finally:
        atomic.fault_hook = None
    assert result.exit_code == 0, result.output
    return digest(root / "datapackages"), fault.steps


# ---------------------------------------------------------------- 3. half-written outputs

def test_add_failing_at_each_write_step_leaves_old_or_new_package_never_a_mix(packaged, after_add, hook, tmp_path):
    """Every write step of `add` in turn fails (an in-process stop, like Ctrl-C): the package
    is the previous one (and the report's copy is gone) or the complete new one (and the
    copy is kept: the package lists it); a second `add` then succeeds with the same result."""
    new, steps = after_add
    old = digest(packaged / "datapackages")
    assert len(steps) > 10 and {"write", "rename", "swap", "remove"} <= {k for k, _ in steps}
    stored = Path("sources") / "reports" / mb.DISTRICT_MD.name
    outcomes = set()
    for at in range(1, len(steps) + 1):
        root = mb.copy_project(packaged, tmp_path / f"at{at}")
        fault = hook(Fault(at))
        with pytest.raises(Killed):
            run(root, "add", "--no-validate", mb.DISTRICT_MD)
        atomic.fault_hook = None
        package = digest(root / "datapackages")
        assert package in (old, new), f"step {at} {fault.fired}: a mixed package"
        assert (root / stored).exists() == (package == new), f"step {at} {fault.fired}: source copy and package disagree"
        assert leftovers(root) == [], f"step {at} {fault.fired}"
        outcomes.add("new" if package == new else "old")
        again = run(root, "add", "--no-validate", mb.DISTRICT_MD)
        assert again.exit_code == 0, again.output
        assert digest(root / "datapackages") == new
        shutil.rmtree(root)
    assert outcomes == {"old", "new"}  # some steps fail before the swap, the removal after it


def test_all_failing_at_each_write_step_leaves_the_previous_package(packaged, hook, tmp_path, monkeypatch):
    """`all` with a new date and one extraction to redo, failed at each write step (an I/O
    error): exit 1 with one line, the previous package byte-identical, the next run fine."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", SDE)
    probe = mb.copy_project(packaged, tmp_path / "probe")
    victim = sorted((probe / "build" / "cache" / "extract").iterdir())[0].name
    shutil.rmtree(probe)

    def project(name: str) -> Path:
        root = mb.copy_project(packaged, tmp_path / name)
        (root / "build" / "cache" / "extract" / victim).unlink()
        return root

    reference = project("reference")
    fault = hook(Fault())
    assert run(reference, "all", "--quiet").exit_code == 0
    atomic.fault_hook = None
    new, old = digest(reference / "datapackages" / "de-an-06"), digest(packaged / "datapackages" / "de-an-06")
    assert new != old
    steps = fault.steps
    # full validation (frictionless) checks what was written, it writes nothing: skipped in the loop
    monkeypatch.setattr(package_mod, "validate_package", lambda path: [])
    for at in range(1, len(steps) + 1):
        root = project(f"at{at}")
        fault = hook(Fault(at, OSError(errno.EIO, "Input/output error", steps[at - 1][1])))
        result = run(root, "all", "--quiet")
        atomic.fault_hook = None
        if result.exit_code == 0:  # the removal of the previous tree failed: left for the next run;
            # or the dependency record (written after the swap) was not: the next run does the work again
            assert (steps[at - 1][0] == "remove" or "state" in Path(steps[at - 1][1]).parts) \
                and digest(root / "datapackages" / "de-an-06") == new
        else:
            one_line_error(result, "input/output error")
            assert digest(root / "datapackages" / "de-an-06") == old and leftovers(root) == [], f"step {at} {fault.fired}"
        result = run(root, "all", "--quiet")
        assert result.exit_code == 0, result.output
        assert digest(root / "datapackages" / "de-an-06") == new and leftovers(root) == []
        shutil.rmtree(root)
    assert len(steps) > 20, steps


def _pick(steps: list[tuple[str, str]]) -> list[int]:
    """Representative steps: the first and the last write and link, the swap and the
    removal of the previous tree."""
    chosen = set()
    for kind in ("write", "link", "swap", "remove"):
        at = [i for i, (k, _) in enumerate(steps, start=1) if k == kind]
        chosen.update((at[0], at[-1]) if kind in ("write", "link") else at[:1])
    return sorted(chosen)


@pytest.mark.parametrize("stage", ["site", "build"])
def test_site_stages_failing_at_write_steps_leave_the_previous_site(small_site, stage, hook, tmp_path, monkeypatch):
    """`site` (site_src/) and `build` (site/) with a new date, failed at representative write
    steps: the previous trees byte-identical or the new one complete; the next run fine.
    (mkdocs writes nothing through our layer: after the first build its output is replayed
    from a copy, so each run takes about a second.)"""
    from generator.site import build as build_mod

    monkeypatch.setenv("SOURCE_DATE_EPOCH", SDE)
    folder = "site_src" if stage == "site" else "site"
    reference = mb.copy_project(small_site, tmp_path / "reference")
    if stage == "build":
        assert run(reference, "site").exit_code == 0
        real, replay = build_mod.run_mkdocs, tmp_path / "mkdocs-output"

        def record(config_file, site_dir, epoch, *rest):
            real(config_file, site_dir, epoch, *rest)
            shutil.copytree(site_dir, replay)

        monkeypatch.setattr(build_mod, "run_mkdocs", record)
    base = mb.copy_project(reference, tmp_path / "base")
    fault = hook(Fault())
    assert run(reference, stage).exit_code == 0
    atomic.fault_hook = None
    if stage == "build":
        monkeypatch.setattr(build_mod, "run_mkdocs", lambda config_file, site_dir, epoch, *rest: shutil.copytree(replay, site_dir, dirs_exist_ok=True))
    old, new = digest(base / folder), digest(reference / folder)
    assert old != new
    chosen = _pick(fault.steps)
    assert {"write", "link", "swap", "remove"} == {fault.steps[at - 1][0] for at in chosen}, chosen
    before = published(base)
    for at in chosen:
        root = mb.copy_project(base, tmp_path / f"at{at}")
        fault = hook(Fault(at))
        with pytest.raises((Killed, RuntimeError)):  # RuntimeError: the report pages' process was stopped
            run(root, stage)
        atomic.fault_hook = None
        after = published(root)
        assert after[folder] in (old, new), f"step {at} {fault.fired}: a mixed {folder}"
        assert {k: v for k, v in after.items() if k != folder} == {k: v for k, v in before.items() if k != folder}
        assert leftovers(root) == []
        result = run(root, stage)
        assert result.exit_code == 0, result.output
        assert digest(root / folder) == new, f"step {at}"
        shutil.rmtree(root)


def test_an_error_midway_through_replacing_files_leaves_no_mix(packaged, after_add, tmp_path, monkeypatch):
    """Independent of the hook: os.replace failing at its n-th call (every n in turn) while
    `add` rewrites the package never leaves a package that is part old, part new, and the
    report's copy stays exactly when the package in place lists it."""
    new, old = after_add[0], digest(packaged / "datapackages")
    real, calls, fail_at = os.replace, [], [0]

    def replace(*args, **kwargs):
        calls.append(args)
        if len(calls) == fail_at[0]:
            raise OSError(errno.EIO, "Input/output error", str(args[1]))
        return real(*args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    total = None
    for at in range(0, 200):
        calls.clear()
        fail_at[0] = at
        root = mb.copy_project(packaged, tmp_path / f"at{at}")
        try:
            run(root, "add", "--no-validate", mb.DISTRICT_MD)
        except OSError:
            pass
        if at == 0:
            total = len(calls)
            assert total > 1 and digest(root / "datapackages") == new
        package = digest(root / "datapackages")
        assert package in (old, new), f"os.replace call {at} of {total}: a mixed package"
        assert (root / "sources" / "reports" / mb.DISTRICT_MD.name).exists() == (package == new), f"os.replace call {at}"
        shutil.rmtree(root)
        if at == total:
            break


def test_add_keeps_the_copy_the_package_lists_when_stopped_after_the_swap(packaged, hook, tmp_path):
    """Stopped after the new package is in place (here: while the previous tree is removed),
    `add` keeps the report in sources/: the package lists it."""
    root = mb.copy_project(packaged, tmp_path / "p")
    hook(Fault(when=lambda kind, path: kind == "remove"))
    with pytest.raises(Killed):
        run(root, "add", "--no-validate", mb.DISTRICT_MD)
    atomic.fault_hook = None
    titles = {r["source_file"] for r in mb.rows_of(root / "datapackages" / "de-an-06", "reports")}
    assert mb.DISTRICT_MD.name in titles
    assert (root / "sources" / "reports" / mb.DISTRICT_MD.name).read_bytes() == mb.DISTRICT_MD.read_bytes()


def test_two_rename_swap_puts_the_previous_tree_back_on_failure(packaged, hook, tmp_path, monkeypatch):
    """Without renameat2 (other systems): old tree aside, new one in; a failure between the
    two renames puts the old tree back."""
    monkeypatch.setattr(atomic, "EXCHANGE", False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", SDE)
    root = mb.copy_project(packaged, tmp_path / "p")
    old = digest(root / "datapackages")
    hook(Fault(when=lambda kind, path: kind == "rename" and path.name == "de-an-06"))
    with pytest.raises(Killed):
        run(root, "all", "--quiet")
    atomic.fault_hook = None
    assert digest(root / "datapackages") == old and leftovers(root) == []
    assert run(root, "all", "--quiet").exit_code == 0 and digest(root / "datapackages") != old


def test_killed_add_leaves_the_previous_package_and_the_next_run_cleans_up(packaged, after_add, tmp_path):
    """A real kill (SIGKILL: no cleanup runs) of `add` at the first step of each kind: the
    copy into sources/ (rename), the staged package (link), the swap, the removal of the
    previous package. The package is the old or the new one; the next `add` removes the
    leftovers and publishes."""
    new = {k.split("/", 1)[1]: v for k, v in after_add[0].items()}
    old = digest(packaged / "datapackages" / "de-an-06")
    for kind in ("rename", "link", "swap", "remove"):
        root = mb.copy_project(packaged, tmp_path / kind / "p")
        killed = cli(root, "add", "--no-validate", mb.DISTRICT_MD, env={"DEAN06_FAULT_AT": f"{kind}:kill"})
        assert killed.returncode == -9, (kind, killed.stderr)
        assert digest(root / "datapackages" / "de-an-06") == (new if kind == "remove" else old), kind
        assert leftovers(root), f"{kind}: a kill leaves its staging folder or temporary file"
        again = cli(root, "add", "--no-validate", mb.DISTRICT_MD)
        assert again.returncode == 0, again.stderr
        assert digest(root / "datapackages" / "de-an-06") == new and leftovers(root) == [], kind


def test_killed_build_leaves_the_previous_site_and_the_next_run_cleans_up(small_site, tmp_path):
    """SIGKILL while Pagefind's shadow folder is being made (two staging folders exist):
    site/ is untouched; the next build removes both and succeeds."""
    root = mb.copy_project(small_site, tmp_path / "p")
    old = digest(root / "site")
    killed = cli(root, "build", env={"DEAN06_FAULT_AT": "link:kill"})
    assert killed.returncode == -9, killed.stderr
    assert digest(root / "site") == old
    assert len([p for p in leftovers(root) if "/" not in p]) == 2, leftovers(root)
    again = cli(root, "build")
    assert again.returncode == 0, again.stderr
    assert digest(root / "site") == old and leftovers(root) == []


# ---------------------------------------------------------------- 4. one writer at a time

def test_a_second_writer_waits_then_refuses_with_one_line(packaged, tmp_path):
    root = mb.copy_project(packaged, tmp_path / "p")
    lock = root / "build" / "de-an-06.lock"
    before = published(root)
    with open(lock, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        handle.write("pid 1 (add)\n")
        handle.flush()
        started = time.monotonic()
        result = cli(root, "add", mb.DISTRICT_MD, env={"DEAN06_LOCK_WAIT": "1"})
        waited = time.monotonic() - started
        assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
        assert result.stderr.startswith(f"error: {lock}: pid 1 (add) is writing this project; waited 1 s")
        assert waited >= 1
        for stage in ("all", "site", "build", "extract", "check", "package", "corrections"):
            one_line_error(run(root, "--wait", "0", stage), "is writing this project; waited 0 s")
    assert published(root) == before and not (root / "sources" / "reports" / mb.DISTRICT_MD.name).exists()
    # released: the next writer goes ahead; a writer waiting for the lock gets it when it is free
    with open(lock, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        release = threading.Timer(1.0, lambda: fcntl.flock(handle, fcntl.LOCK_UN))
        release.start()
        result = cli(root, "add", "--no-validate", mb.DISTRICT_MD, env={"DEAN06_LOCK_WAIT": "60"})
        release.join()
    assert result.returncode == 0, result.stderr


def test_two_adds_at_once_keep_both_reports_and_see_each_other(packaged, tmp_path):
    """Two `add`s started together: both reports are published (none lost); two reports for
    the same place and period: one is added, the other refused as a conflict."""
    other = tmp_path / "dong-truong-2024-03.md"
    other.write_text(mb.DISTRICT_MD.read_text(encoding="utf-8").replace("HUYỆN BÌNH SƠN", "HUYỆN ĐÔNG TRƯỜNG")
                     .replace("huyện Bình Sơn", "huyện Đông Trường").replace("Bình Sơn, ngày", "Đông Trường, ngày"), encoding="utf-8")
    same = tmp_path / "binh-son-2024-03-v2.md"
    same.write_text(mb.DISTRICT_MD.read_text(encoding="utf-8").replace("1.250 hồ sơ", "1.260 hồ sơ"), encoding="utf-8")
    environ = {**os.environ, "PYTHONPATH": str(ROOT)}

    def start(root: Path, path: Path) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "generator", "--root", str(root), "add", "--no-validate", str(path)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environ)

    root = mb.copy_project(packaged, tmp_path / "p")
    procs = [start(root, mb.DISTRICT_MD), start(root, other)]
    assert [p.wait(timeout=300) for p in procs] == [0, 0], [p.stderr.read() for p in procs]
    listed = {r["source_file"] for r in mb.rows_of(root / "datapackages" / "de-an-06", "reports")}
    stored = {p.name for p in (root / "sources" / "reports").iterdir()}
    assert {mb.DISTRICT_MD.name, other.name} <= listed and listed == stored
    root = mb.copy_project(packaged, tmp_path / "p2")
    procs = [start(root, mb.DISTRICT_MD), start(root, same)]
    codes = sorted(p.wait(timeout=300) for p in procs)
    errors = "".join(p.stderr.read() for p in procs)
    assert codes == [0, 1] and "conflict" in errors, errors
    listed = {r["source_file"] for r in mb.rows_of(root / "datapackages" / "de-an-06", "reports")}
    assert len({mb.DISTRICT_MD.name, same.name} & listed) == 1
    assert listed == {p.name for p in (root / "sources" / "reports").iterdir()}


# ---------------------------------------------------------------- 5. leftovers

def test_leftovers_of_killed_runs_are_removed_by_the_next_run_and_ignored_by_git(packaged, tmp_path):
    root = mb.copy_project(packaged, tmp_path / "p")
    made = [root / "datapackages" / ".de-an-06.new.ab12cd34", root / "datapackages" / ".de-an-06.old.ab12cd35",
            root / ".site.new.ab12cd34", root / ".site_src.new.ab12cd34", root / ".site.old.ab12cd34",
            root / "..site.new.ab12cd34.pagefind.ab12cd34"]
    for folder in made:
        (folder / "sub").mkdir(parents=True)
        (folder / "sub" / "x.csv").write_text("half\n", encoding="utf-8")
    temps = [root / "sources" / "reports" / ".new.md.ab12cd34.tmp", root / "build" / "cache" / "extract" / ".x.json.ab12cd34.tmp"]
    for path in temps:
        path.write_text("half", encoding="utf-8")
    mine = [root / "datapackages" / ".keep", root / "notes.new.txt", root / "build" / "a.tmp", root / ".site.txt"]
    for path in mine:
        path.write_text("mine", encoding="utf-8")
    package = digest(root / "datapackages" / "de-an-06")
    assert run(root, "all", "--quiet").exit_code == 0
    assert leftovers(root) == [] and all(p.exists() for p in mine)
    assert digest(root / "datapackages" / "de-an-06") == package
    ignored = subprocess.run(["git", "-C", str(ROOT), "check-ignore", "--no-index", "--stdin"], capture_output=True, text=True,
                             input="\n".join(str((p / "sub" / "x.csv").relative_to(root)) for p in made)
                             + "\n" + "\n".join(str(p.relative_to(root)) for p in temps) + "\n")
    assert sorted(ignored.stdout.split()) == sorted([str((p / "sub" / "x.csv").relative_to(root)) for p in made]
                                                    + [str(p.relative_to(root)) for p in temps])


def test_a_tree_killed_between_the_two_renames_is_put_back(packaged, tmp_path):
    """Killed after the previous package was renamed aside and before the new one took its
    place (systems without renameat2): the next run puts the previous package back."""
    root = mb.copy_project(packaged, tmp_path / "p")
    before = digest(root / "datapackages")
    os.rename(root / "datapackages" / "de-an-06", root / "datapackages" / ".de-an-06.old.zz12cd34")
    (root / "datapackages" / ".de-an-06.new.zz12cd35").mkdir()
    atomic.clean_leftovers([root / "datapackages" / "de-an-06"], [])
    assert digest(root / "datapackages") == before


# ---------------------------------------------------------------- 6. time zone, path, cache history

def _site(root: Path, tz: str, locale: str = "C.UTF-8") -> dict[str, str]:
    for stage in ("site", "build"):
        result = cli(root, stage, env={"TZ": tz, "LC_ALL": locale, "LANG": locale})
        assert result.returncode == 0, result.stderr
    return digest(root / "site")


def test_site_is_byte_identical_across_time_zones_paths_and_cache_history(tmp_path):
    """The site test package built under TZ=UTC and TZ=Asia/Ho_Chi_Minh in two folders from
    cold caches, and under Asia/Ho_Chi_Minh again (and another locale) with the caches the
    UTC build filled."""
    utc = dean06_project(tmp_path / "utc")
    hcm = dean06_project(tmp_path / "elsewhere" / "hcm")
    results = {}
    threads = [threading.Thread(target=lambda r=r, t=t: results.__setitem__(t, _site(r, t)))
               for r, t in ((utc, "UTC"), (hcm, "Asia/Ho_Chi_Minh"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results["UTC"] and results["Asia/Ho_Chi_Minh"] == results["UTC"]
    warm = dean06_project(tmp_path / "warm")
    shutil.copytree(utc / "build", warm / "build")
    assert _site(warm, "Asia/Ho_Chi_Minh", "C") == results["UTC"]
    assert any(name.endswith(".svg") for name in results["UTC"])


def test_chart_dates_are_utc_calendar_dates():
    from generator.site import charts

    spec = charts.line_spec([charts.Point("a", "2024-03-01", 1.0)], "t", "v", "s", "vi")
    assert spec["encoding"]["x"]["scale"]["type"] == "utc"
    assert all(t.get("timeUnit", "").startswith("utc") for t in spec["encoding"]["tooltip"] if t.get("type") == "temporal")


# ---------------------------------------------------------------- 10. caches checked before use

def test_truncated_extraction_cache_is_made_again(packaged, tmp_path):
    root = mb.copy_project(packaged, tmp_path / "p")
    entry = sorted((root / "build" / "cache" / "extract").iterdir())[0]
    whole = entry.read_bytes()
    entry.write_bytes(whole[: len(whole) // 2])
    package = digest(root / "datapackages")
    result = run(root, "all", "--quiet")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert entry.read_bytes() == whole and digest(root / "datapackages") == package
    entry.write_text('{"report": {}}', encoding="utf-8")  # JSON, not an entry the cache wrote
    shutil.rmtree(root / "build" / "state")  # else nothing changed and no cache is read (deps.py)
    assert run(root, "all", "--quiet").exit_code == 0 and entry.read_bytes() == whole


def test_a_well_formed_entry_of_the_wrong_shape_is_not_trusted(tmp_path):
    from generator import cache
    from generator.pipeline import read_cached

    path = tmp_path / "entry.json"
    cache.write_text(path, '{"report": {"report_id": 1}, "tables": [], "review": []}')
    assert read_cached(path) is None and not path.exists()


def test_editing_a_cached_text_does_not_edit_the_package(packaged, tmp_path):
    root = mb.copy_project(packaged, tmp_path / "p")
    texts = root / "datapackages" / "de-an-06" / "texts"
    before = digest(texts)
    for entry in (root / "build" / "cache" / "texts").iterdir():
        with open(entry, "a", encoding="utf-8") as handle:  # in place, as an editor may
            handle.write("EDITED <script>\n")
    assert digest(texts) == before
    assert run(root, "all", "--quiet").exit_code == 0
    assert digest(texts) == before
    assert all(p.stat().st_nlink == 1 for p in texts.iterdir())


def test_package_texts_linked_to_the_cache_by_older_versions_are_unlinked(packaged, tmp_path):
    """A checkout built before: package texts were hard links to cache files. The next
    build writes the package's own files, so editing the cache no longer edits it."""
    root = mb.copy_project(packaged, tmp_path / "p")
    texts = root / "datapackages" / "de-an-06" / "texts"
    legacy = root / "build" / "cache" / "texts-legacy"
    legacy.mkdir()
    for text in texts.iterdir():
        os.link(text, legacy / text.name)
    before = digest(texts)
    assert run(root, "all", "--quiet").exit_code == 0
    for entry in legacy.iterdir():
        entry.write_text("EDITED\n", encoding="utf-8")
    assert digest(texts) == before


def test_a_poisoned_page_cache_entry_never_reaches_the_site(small_site, tmp_path):
    root = mb.copy_project(small_site, tmp_path / "p")
    site_src = digest(root / "site_src")
    entries = sorted((root / "build" / "cache" / "site" / "pages").rglob("*")) + sorted((root / "build" / "cache" / "site").glob("*"))[:3]
    for entry in (e for e in entries if e.is_file()):  # the stored sha256 line kept, the page changed
        head, _, body = entry.read_bytes().partition(b"\n")
        entry.write_bytes(head + b"\n" + body.replace(b"</p>", b"</p><script>poison(1)</script>", 1) + b"<script>poison(2)</script>")
    result = run(root, "site")
    assert result.exit_code == 0, result.output
    assert digest(root / "site_src") == site_src
    assert not [p for p in (root / "site_src").rglob("*") if p.is_file() and b"<script>poison(" in p.read_bytes()]
    assert all(p.stat().st_nlink == 1 for p in (root / "site_src").rglob("*") if p.is_file())


def test_cache_entries_are_checked():
    import tempfile

    from generator import cache

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "e"
        cache.write(path, b"payload")
        assert cache.read(path) == b"payload"
        path.write_bytes(path.read_bytes()[:-1])
        assert cache.read(path) is None and not path.exists()
        path.mkdir()
        assert cache.read(path) is None and not path.exists()


# ---------------------------------------------------------------- 11. one line, exit 1

@pytest.mark.parametrize("stage, where", [("all", "datapackages/de-an-06/"), ("site", "site_src/"), ("build", "site/")])
def test_disk_full_is_one_line_naming_the_file(request, stage, where, hook, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", SDE)
    root = mb.copy_project(request.getfixturevalue("packaged" if stage == "all" else "small_site"), tmp_path / "p")
    before = published(root)
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def when(kind, path):
        full.filename = str(path)
        return kind == "write" and f"/{where.split('/')[0]}" in atomic.public_name(path)

    hook(Fault(error=full, when=when))
    err = one_line_error(run(root, stage), "no space left on device (disk full)", str(root / where))
    assert ".new." not in err
    assert published(root) == before and leftovers(root) == []


def test_disk_full_in_the_report_pages_process_is_one_line(small_site, hook, tmp_path, monkeypatch):
    root = mb.copy_project(small_site, tmp_path / "p")
    shutil.rmtree(root / "build" / "cache" / "site" / "pages")
    before = published(root)
    hook(Fault(error=OSError(errno.ENOSPC, "No space left on device", "x"),
               when=lambda kind, path: "stamps/vi/reports" in str(path)))
    err = one_line_error(run(root, "site"), "no space left on device")
    assert published(root) == before, err


def test_read_only_folder_is_one_line(packaged, hook, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", SDE)
    root = mb.copy_project(packaged, tmp_path / "p")
    before = published(root)
    hook(Fault(error=PermissionError(errno.EACCES, "Permission denied", str(root / "datapackages" / "de-an-06")),
               when=lambda kind, path: kind == "mkdir"))
    one_line_error(run(root, "all", "--quiet"), f"{root / 'datapackages' / 'de-an-06'}: permission denied")
    assert published(root) == before


class ReadOnly:
    """Make folders read-only for this user: chmod 0555, or as root (who ignores modes)
    the immutable attribute (chattr +i: even root cannot create files in it)."""

    def __init__(self) -> None:
        self.folders: list[Path] = []

    def __call__(self, folder: Path) -> None:
        if os.geteuid() == 0:
            if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
                pytest.skip("running as root on a file system without chattr +i: no way to make a folder read-only")
        else:
            folder.chmod(0o555)
        self.folders.append(folder)

    def undo(self) -> None:
        for folder in reversed(self.folders):
            if os.geteuid() == 0:
                subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
            else:
                folder.chmod(0o755)
        self.folders.clear()


@pytest.fixture
def read_only():
    made = ReadOnly()
    yield made
    made.undo()


def test_really_read_only_folders_are_one_line(packaged, read_only, tmp_path, monkeypatch):
    """The package's folder, the lock's folder and a cache folder the user cannot write."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", SDE)
    root = mb.copy_project(packaged, tmp_path / "p")
    before = published(root)
    read_only(root / "datapackages")
    err = one_line_error(run(root, "all", "--quiet"), f"error: {root / 'datapackages' / 'de-an-06'}: ")
    assert "permission denied" in err or "not permitted" in err
    assert published(root) == before and leftovers(root) == []
    read_only.undo()
    (root / "build" / "de-an-06.lock").unlink()
    read_only(root / "build")
    one_line_error(run(root, "all", "--quiet"), f"error: {root / 'build' / 'de-an-06.lock'}: ")
    read_only.undo()
    extract = root / "build" / "cache" / "extract"
    entry = sorted(extract.iterdir())[0]
    entry.unlink()
    read_only(extract)
    one_line_error(run(root, "all", "--quiet"), f"error: {entry}: ")
    assert published(root) == before


@pytest.mark.parametrize("value", ["abc", "-1", "99999999999999"])
@pytest.mark.parametrize("stage", ["all", "site"])
def test_malformed_source_date_epoch_is_one_line(packaged, stage, value, tmp_path, monkeypatch):
    root = mb.copy_project(packaged, tmp_path / "p")
    before = published(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    one_line_error(run(root, stage, *(["--quiet"] if stage == "all" else [])), "error: SOURCE_DATE_EPOCH=")
    assert published(root) == before


def test_malformed_lock_wait_is_one_line(packaged, monkeypatch):
    monkeypatch.setenv("DEAN06_LOCK_WAIT", "soon")
    one_line_error(run(packaged, "check", "--quiet"), "error: DEAN06_LOCK_WAIT='soon'")


def test_a_folder_given_to_add_is_one_line(packaged, tmp_path):
    root = mb.copy_project(packaged, tmp_path / "p")
    folder = tmp_path / "reports"
    folder.mkdir()
    one_line_error(run(root, "add", folder), f"error: {folder}: is a folder")


# ---------------------------------------------------------------- 12. modes

def test_published_files_are_world_readable_whatever_the_umask(packaged, small_site, tmp_path):
    """A new package (with a new report and its text) and a site built from scratch under
    umask 077: every file 0644, every folder 0755 (mkstemp and mkdocs made them 0600)."""
    root = mb.copy_project(packaged, tmp_path / "p")
    shutil.rmtree(root / "build" / "cache" / "texts")
    shutil.rmtree(root / "datapackages")
    site = mb.copy_project(small_site, tmp_path / "s")
    for folder in ("site", "site_src"):
        shutil.rmtree(site / folder)
    old = os.umask(0o077)
    try:
        for project, args in ((root, ["add", "--no-validate", mb.DISTRICT_MD]), (site, ["site"]), (site, ["build"])):
            result = run(project, *args)
            assert result.exit_code == 0, result.output
    finally:
        os.umask(old)
    wrong = []
    for project, folder in ((root, "datapackages"), (site, "site"), (site, "site_src"), (root, "sources/reports")):
        for path in [project / folder, *(project / folder).rglob("*")]:
            mode = path.stat().st_mode & 0o777
            if mode != (0o755 if path.is_dir() else 0o644) and not (folder == "sources/reports" and path.name != mb.DISTRICT_MD.name):
                wrong.append(f"{path.relative_to(project)} {mode:o}")
    assert wrong == []


def test_modes_are_set_on_the_tree_never_through_a_link(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("x", encoding="utf-8")
    outside.chmod(0o600)
    tree = tmp_path / "tree"
    (tree / "d").mkdir(parents=True)
    (tree / "d" / "f").write_text("y", encoding="utf-8")
    (tree / "d" / "f").chmod(0o600)
    (tree / "link").symlink_to(outside)
    atomic.set_modes(tree)
    assert outside.stat().st_mode & 0o777 == 0o600
    assert (tree / "d" / "f").stat().st_mode & 0o777 == 0o644 and (tree / "d").stat().st_mode & 0o777 == 0o755


# ---------------------------------------------------------------- whole-tree swaps keep what did not change

def test_unchanged_files_keep_their_file_and_mtime_across_a_swap(packaged, tmp_path, monkeypatch):
    root = mb.copy_project(packaged, tmp_path / "p")
    package = root / "datapackages" / "de-an-06"
    before = {p.relative_to(package): (p.stat().st_ino, p.stat().st_mtime_ns) for p in package.rglob("*") if p.is_file()}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", SDE)  # only datapackage.json changes
    assert run(root, "all", "--quiet").exit_code == 0
    after = {p.relative_to(package): (p.stat().st_ino, p.stat().st_mtime_ns) for p in package.rglob("*") if p.is_file()}
    assert sorted(rel for rel in after if after[rel] != before[rel]) == [Path("datapackage.json")]


def test_a_symlinked_output_folder_stays_a_link(packaged, tmp_path, monkeypatch):
    """datapackages/de-an-06 -> elsewhere: the folder it points to is swapped, the link stays."""
    root = mb.copy_project(packaged, tmp_path / "p")
    elsewhere = tmp_path / "elsewhere" / "de-an-06"
    elsewhere.parent.mkdir()
    shutil.move(root / "datapackages" / "de-an-06", elsewhere)
    (root / "datapackages" / "de-an-06").symlink_to(elsewhere)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", SDE)
    assert run(root, "all", "--quiet").exit_code == 0
    assert (root / "datapackages" / "de-an-06").is_symlink()
    assert '"created": "2025-01-01T00:00:00Z"' in (elsewhere / "datapackage.json").read_text(encoding="utf-8")
    assert leftovers(root) == [] and leftovers(elsewhere.parent) == []
