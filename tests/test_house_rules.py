"""House rules of the reader: its words are code-list data, read by one loader.

- no Python module holds Vietnamese words (accented, or folded multi-word phrases of the
  vocabulary) outside its docstrings and the messages it writes; the one exception is the
  date grammar of generator/dates.py (see its docstring);
- every vocabulary category is documented in codelists/README.md and read by some module;
- the code lists are read through References.load only, and are part of its fingerprint
  (the extraction cache key): table_columns.csv included.
"""
from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

from generator.codelists import VOCABULARY_CATEGORIES, References
from generator.document import Document
from generator.extract.tables import read_tables
from generator.fold import fold

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = ROOT / "generator"
# the date grammar (documented exception), the alphabet (marks, tone placements); the site
# renders the package, it reads no report
EXEMPT = {GENERATOR / "dates.py", GENERATOR / "fold.py"}
EXEMPT_DIRS = {GENERATOR / "site"}
# what the project writes (output, not vocabulary): arguments of these calls, values of
# these names and of these dictionary keys
MESSAGE_CALLS = {"flag", "to_review", "_flag", "InputError", "ConflictError", "Change"}
MESSAGE_NAMES = {"PLACEHOLDER", "why_vi"}
MESSAGE_KEYS = re.compile(r"^(?:title|description)(?:_vi)?$")
VIETNAMESE = re.compile(r"[^\W\d_]*[à-ỹÀ-Ỹđ][^\W\d_]*")  # a word with a Vietnamese letter
CHAR_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")


def _modules() -> list[Path]:
    return [p for p in sorted(GENERATOR.rglob("*.py"))
            if p not in EXEMPT and not any(d in p.parents for d in EXEMPT_DIRS)]


def _literals(path: Path) -> list[tuple[int, str]]:
    """(line, text) of the string constants of a module that are neither docstrings nor
    parts of a message (f-strings, arguments of MESSAGE_CALLS, MESSAGE_NAMES)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skip.add(id(first.value))
        if isinstance(node, ast.JoinedStr):
            skip.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in MESSAGE_CALLS:
                skip.update(id(n) for arg in [*node.args, *[k.value for k in node.keywords]] for n in ast.walk(arg))
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") in MESSAGE_NAMES for t in node.targets):
            skip.update(id(n) for n in ast.walk(node.value))
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if isinstance(key, ast.Constant) and isinstance(key.value, str) and MESSAGE_KEYS.match(key.value):
                    skip.update(id(n) for n in ast.walk(value))
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip]


def test_no_vietnamese_words_in_python(refs):
    phrases = sorted({w for c in VOCABULARY_CATEGORIES for w in refs.terms(c) if " " in w and w.isascii()}, key=len, reverse=True)
    folded = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![a-z])")
    found = []
    for path in _modules():
        for line, text in _literals(path):
            outside_classes = CHAR_CLASS.sub("", text)  # `[a-zđ]`, `[A-ZĐÀ-Ỹ]`: the alphabet, not words
            if any(len(w) > 1 for w in VIETNAMESE.findall(outside_classes)) or folded.search(outside_classes):
                found.append(f"{path.relative_to(ROOT)}:{line}: {text[:60]!r}")
    assert not found, "words belong in codelists/vocabulary.csv:\n" + "\n".join(found)


def test_every_vocabulary_category_is_documented_and_read(refs):
    readme = (ROOT / "codelists" / "README.md").read_text(encoding="utf-8")
    code = "\n".join(p.read_text(encoding="utf-8") for p in GENERATOR.rglob("*.py"))
    for category in VOCABULARY_CATEGORIES:
        assert f"`{category}`" in readme, f"vocabulary category {category} is not described in codelists/README.md"
        assert refs.terms(category), f"vocabulary category {category} has no words"
        assert f'"{category}"' in code or f"'{category}'" in code, f"no module reads vocabulary category {category}"


def test_no_module_reads_a_code_list_on_its_own():
    """Code lists are read by References.load (codelists.py, with limits.py); the reviewed
    corrections, applied after extraction, by corrections.py."""
    readers = {p.relative_to(GENERATOR).as_posix() for p in GENERATOR.rglob("*.py") if re.search(r"(?<![.\w])read_csv\(", p.read_text(encoding="utf-8"))}
    assert readers == {"codelists.py", "limits.py", "corrections.py"}
    assert not any("codelists" in p.read_text(encoding="utf-8") and "__file__" in p.read_text(encoding="utf-8")
                   for p in _modules() if p.name != "paths.py")  # no code list found from the module's own location


def test_table_columns_come_from_references_and_are_fingerprinted(tmp_path):
    (tmp_path / "codelists").mkdir()
    for path in (ROOT / "codelists").iterdir():
        shutil.copy(path, tmp_path / "codelists" / path.name)
    before = References.load(tmp_path / "codelists")
    columns = tmp_path / "codelists" / "table_columns.csv"
    columns.write_text(columns.read_text(encoding="utf-8").replace("stt|st t|", "stt|số thứ tự cột|st t|"), encoding="utf-8")
    after = References.load(tmp_path / "codelists")
    assert after.fingerprint != before.fingerprint  # a new column word reads every report again
    text = "Số thứ tự cột\tNội dung\tKết quả\n1\tViệc một\tXong\n"
    assert read_tables(Document(text), before) == []
    (table,) = read_tables(Document(text), after)
    assert table.roles == {"number": 0, "task": 1, "result": 2}


def test_folded_terms_are_those_of_the_file(refs):
    for category in VOCABULARY_CATEGORIES:
        printed = refs.terms(category, form="printed")
        assert refs.terms(category) == list(dict.fromkeys(fold(w) for w in printed))
