"""Load the bilingual code lists (CSV files a maintainer edits) and check them.

A hand-broken file stops the run with one line naming the file and line: a missing or
unknown column, an empty required cell, a value outside its enum, a repeated key.
"""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from generator import schemas
from generator.errors import InputError
from generator.figures import FigureWords
from generator.fold import fold, keyword_groups, lower_keep, unmark
from generator.redact import CONTROL
from generator.limits import DEFAULTS, Limits, fingerprint as limits_fingerprint, load as load_limits

# code list file -> schema it follows (number_words has no published table)
CODELIST_FILES = {
    "jurisdictions": "jurisdictions.csv",
    "services": "services.csv",
    "indicators": "indicators.csv",
    "indicator_rules": "indicator_rules.csv",
    "pilot_models": "pilot_models.csv",
    "pilot_model_local_numbers": "pilot_model_local_numbers.csv",
    "statuses": "statuses.csv",
    "units": "units.csv",
    "checks": "checks.csv",
    "national_targets": "national_targets.csv",
}
NUMBER_WORDS = "number_words.csv"
VOCABULARY = "vocabulary.csv"
TABLE_COLUMNS = "table_columns.csv"
REPORT_TERMS = "report_terms.csv"
VOCABULARY_CATEGORIES = (
    "qualifier", "time_scope", "time_lead", "lead_connective", "breakdown", "role", "plan_section", "blocker", "part_of", "comparison", "progress",
    "channel", "naming", "not_counted", "measure_stop", "cutoff", "rate", "result", "past", "achieved", "day_before", "local_section", "date_part", "dossier_noun", "weak_directive", "connective",
    # the service-list reader (generator.extract.services)
    "record_channel", "no_dossiers", "record_joiner", "service_section", "service_scope", "service_lone_total", "subclause_start", "name_end",
    "assisted",
    # parts of a report (tables, metadata, redaction) and table cells (generator.extract.tables)
    "document_part", "deadline", "unit_column", "subunit_row", "own_body", "not_place", "threshold", "address", "table_name",
    # status counts and pilot models (generator.extract.counts, generator.extract.models)
    "count_noun", "count_total", "group_count_noun", "model_number", "inline_list",
    # statuses (generator.extract.status)
    "negation",
    # who reported, where, when (generator.extract.metadata)
    "body_start", "issuer", "place_type", "title_place", "signature_stamp", "closing", "sent_to", "not_issuer", "lead_in",
    "calendar", "date_range", "number_word", "year_part", "report_type", "signature_title",
    # dates that cannot be right (generator.extract.scan)
    "programme", "forward_date", "document_date",
    # personal data (generator.redact)
    "rank", "org_word", "phone_word",
    # the figure finder (generator.figures)
    "figure_name",
    "rate_link",
    "caption",
    "page_foot",
    "total_row",
    "place_level",
    "wider_scope",
    "copula",
    "average",
    "left_out",
    "included",
    "member_group",
    "subset_caption",
    "staff_group",
    "counted_units",
    "earlier_period",
    "unit_mask",
    "lead_opening",
    "part_opening",
    "progress_opening",
    "pledge",
    "national_issuer",
    "unit_back_reference",
    "back_reference",
    "word_mask",
    "against_earlier",
    "breakdown_column",
    "model_reference",
)


def read_csv(path: Path, expected: list[str] | None = None, required: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """Rows of a UTF-8 CSV as dicts; each row also carries `_line` (its line in the file)."""
    if not path.exists():
        raise InputError(path, "file not found")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 text (byte {exc.start})") from None
    reader = csv.reader(text.splitlines())
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(path, "empty file, expected a header row", 1) from None
    if expected is not None:
        missing = [c for c in expected if c not in header]
        unknown = [c for c in header if c not in expected]
        if missing:
            raise InputError(path, f"missing column(s): {', '.join(missing)}", 1)
        if unknown:
            raise InputError(path, f"unknown column(s): {', '.join(unknown)}", 1)
    rows = []
    previous_end = reader.line_num
    for cells in reader:
        line_no, previous_end = previous_end + 1, reader.line_num  # physical line where the record starts
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise InputError(path, f"expected {len(header)} cells, found {len(cells)}", line_no)
        row = dict(zip(header, cells))
        for name in required:
            if not row.get(name, "").strip():
                raise InputError(path, f"empty required cell '{name}'", line_no)
        row["_line"] = str(line_no)
        rows.append(row)
    return rows


def check_table(path: Path, table: str, rows: list[dict[str, str]]) -> None:
    """Enums and the primary key of a code list, against its Table Schema."""
    schema = schemas.load(table)
    keys = schema.get("primaryKey", [])
    seen: dict[tuple[str, ...], str] = {}
    for row in rows:
        for name, value in row.items():
            if CONTROL.search(value):
                raise InputError(path, f"'{name}' holds a control character (a stray carriage return?): retype the cell", int(row["_line"]))
        for f in schema["fields"]:
            value = row.get(f["name"], "")
            enum = f.get("constraints", {}).get("enum")
            if value and enum and value not in enum:
                raise InputError(path, f"'{f['name']}' is '{value}', expected one of {', '.join(enum)}", int(row["_line"]))
            if value and not typed_ok(f["type"], value):
                raise InputError(path, f"'{f['name']}' is '{value}', expected {TYPE_WORDS[f['type']]}", int(row["_line"]))
        key = tuple(row[k] for k in keys)
        if key in seen:
            raise InputError(path, f"duplicate key {'/'.join(key)} (first on line {seen[key]})", int(row["_line"]))
        seen[key] = row["_line"]


TYPE_WORDS = {"integer": "a whole number", "number": "a number", "date": "a date YYYY-MM-DD", "boolean": "true or false", "string": "text"}


def typed_ok(kind: str, value: str) -> bool:
    if kind == "integer":
        return value.lstrip("-").isdigit()
    if kind == "number":
        try:
            float(value)
        except ValueError:
            return False
        return True
    if kind == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            return False
        return len(value) == 10
    if kind == "boolean":
        return value in ("true", "false")
    return True


@dataclass
class References:
    """Every code list, loaded and checked, with matchers prepared."""

    root: Path
    tables: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    # number_words.csv (folded words, unit_id, multiplier, kind), longest first, with the
    # vocabulary's figure_name words: what generator.figures reads figures by
    number_words: FigureWords = field(default_factory=lambda: FigureWords(()))
    # vocabulary.csv: category -> [(value, folded words)] and [(value, lower-case words with
    # their tone marks)], longest words first
    vocab: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    vocab_exact: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    vocab_printed: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # (value, words as written), file order
    table_columns: list[tuple[str, list[list[str]]]] = field(default_factory=list)  # table_columns.csv (role, keyword groups)
    report_terms: list[str] = field(default_factory=list)  # report_terms.csv, folded: a report uses at least one
    fingerprint: str = ""
    # matchers prepared from the code lists, built once per References (read-only once built)
    prepared: dict[str, object] = field(default_factory=dict, repr=False, compare=False)
    limits: Limits = DEFAULTS  # codelists/limits.csv (generator.limits)

    @classmethod
    def load(cls, root: Path) -> "References":
        refs = cls(root)
        digest = hashlib.sha256()
        for table, filename in CODELIST_FILES.items():
            path = root / filename
            names = schemas.field_names(table)
            required = tuple(
                f["name"] for f in schemas.fields(table) if f.get("constraints", {}).get("required")
            )
            rows = read_csv(path, names, required)
            check_table(path, table, rows)
            refs.tables[table] = rows
            digest.update(path.read_bytes())
        path = root / NUMBER_WORDS
        units = []
        for row in read_csv(path, ["words", "unit_id", "multiplier", "kind"], ("words", "unit_id", "multiplier", "kind")):
            for word in row["words"].split("|"):
                units.append((fold(word), row["unit_id"], float(row["multiplier"]), row["kind"]))
        digest.update(path.read_bytes())
        units.sort(key=lambda w: -len(w[0]))
        path = root / VOCABULARY
        for row in read_csv(path, ["category", "value", "words", "note"], ("category", "value", "words")):
            if row["category"] not in VOCABULARY_CATEGORIES:
                raise InputError(path, f"'category' is '{row['category']}', expected one of {', '.join(VOCABULARY_CATEGORIES)}", int(row["_line"]))
            words = [" ".join(w.split()) for w in row["words"].split("|") if w.strip()]
            refs.vocab_printed.setdefault(row["category"], []).extend((row["value"], w) for w in words)
            refs.vocab.setdefault(row["category"], []).extend((row["value"], fold(w)) for w in words)
            refs.vocab_exact.setdefault(row["category"], []).extend((row["value"], " ".join(lower_keep(w).split())) for w in words)
        for entries in (*refs.vocab.values(), *refs.vocab_exact.values()):
            entries.sort(key=lambda e: -len(e[1]))
        digest.update(path.read_bytes())
        refs.number_words = FigureWords(units, refs.terms("figure_name"), refs.terms("unit_mask", form="exact"))
        path = root / TABLE_COLUMNS
        refs.table_columns = [(row["role"], keyword_groups(row["match_keywords"])) for row in read_csv(path, ["role", "match_keywords"], ("role", "match_keywords"))]
        digest.update(path.read_bytes())
        path = root / REPORT_TERMS
        refs.report_terms = [fold(word) for row in read_csv(path, ["words", "topic_en"], ("words",)) for word in row["words"].split("|") if word.strip()]
        digest.update(path.read_bytes())
        refs.limits = load_limits(root)
        digest.update(limits_fingerprint(root))  # a changed limit reads every report again
        refs.fingerprint = digest.hexdigest()
        return refs

    def words(self, category: str, exact: bool = False) -> list[tuple[str, str]]:
        """The vocabulary of one category: (value, folded words), or with `exact` (value,
        lower-case words with their tone marks), longest words first."""
        return (self.vocab_exact if exact else self.vocab).get(category, [])

    def terms(self, category: str, *values: str, form: str = "folded") -> list[str]:
        """The words of one category (of its `values` only, when given), in file order, each
        once: `form` "folded" (accent-folded, lower case), "exact" (lower case with tone
        marks), "printed" (as the file writes it: case and old-style tone marks kept) or
        "unmarked" (as printed without its marks, for patterns on `fold.unmark`ed text)."""
        convert = {"folded": fold, "exact": lambda w: lower_keep(w), "printed": lambda w: w, "unmarked": unmark}[form]
        out = [convert(word) for value, word in self.vocab_printed.get(category, []) if not values or value in values]
        return list(dict.fromkeys(out))

    def term_values(self, category: str, form: str = "folded") -> dict[str, list[str]]:
        """value -> its words (as `terms`), values in file order."""
        out: dict[str, list[str]] = {}
        for value, _ in self.vocab_printed.get(category, []):
            if value not in out:
                out[value] = self.terms(category, value, form=form)
        return out

    def prepare(self, name: str, build):
        """build(self), computed once per loaded References and kept (code lists do not
        change once loaded; what is built from them is shared and must not be modified)."""
        if name not in self.prepared:
            self.prepared[name] = build(self)
        return self.prepared[name]

    def rows(self, table: str) -> list[dict[str, str]]:
        return self.tables[table]

    def keyword_rules(self, table: str, id_field: str) -> list[tuple[str, list[list[str]]]]:
        return [(row[id_field], keyword_groups(row["match_keywords"])) for row in self.tables[table] if row.get("match_keywords")]

    def service_aliases(self) -> list[tuple[str, list[list[str]]]]:
        """Each alias of a service (services.csv `aliases`) as a one-phrase rule."""
        return [(row["service_id"], [[fold(alias)]]) for row in self.tables["services"]
                for alias in row.get("aliases", "").split("|") if alias.strip()]

    def ids(self, table: str) -> set[str]:
        key = schemas.load(table)["primaryKey"][0]
        return {row[key] for row in self.tables[table]}
