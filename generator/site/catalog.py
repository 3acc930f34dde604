"""Catalogue metadata, so the data can be found: a schema.org `Dataset` (JSON-LD, one per
language, on the data page) and a DCAT-AP catalogue (`catalog.ttl` and `catalog.jsonld`
at the site root: a `dcat:Catalog`, a `dcat:Dataset` for the package, a
`dcat:Distribution` for each download: every table as CSV and JSON, the descriptor, the
zip of the whole package and the workbook).

Addresses: absolute under the configured public address; in a local build relative
references (resolved against the page or the catalogue file), never a placeholder. The
catalogue's own nodes are fragments of the site root (`./#dataset-de-an-06`), the same
whichever of the two files is read.
Written by hand (no RDF library at run time); the tests parse both with rdflib.
"""
from __future__ import annotations

import json
from typing import Any

from generator.site.downloads import download_path, flat_size, json_zip_path, workbook_path, zip_path
from generator.site.model import Site
from generator.site.view import relative

CATALOG_TTL = "catalog.ttl"
CATALOG_JSONLD = "catalog.jsonld"
MEDIA = {"csv": "text/csv", "json": "application/json", "zip": "application/zip",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
FILE_TYPE = {"csv": "CSV", "json": "JSON", "zip": "ZIP", "xlsx": "XLSX"}
EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/"
LANGUAGE_CODES = {"vi": "VIE", "en": "ENG"}
IANA = "http://www.iana.org/assignments/media-types/"
PREFIXES = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def distributions(site: Site) -> list[dict[str, Any]]:
    """Every download: (id, site path, format, {lang: title}, {lang: description})."""
    out = []
    langs = site.config.languages
    labels = site.labels
    for name, res in site.package.resources.items():
        out.append({"id": f"{name}-csv", "path": download_path(site, res.path), "format": "csv",
                    "title": {lang: f"{res.title(lang)} (CSV)" for lang in langs},
                    "description": {lang: res.description(lang) for lang in langs}})
    out.append({"id": "datapackage", "path": download_path(site, "datapackage.json"), "format": "json",
                "title": {lang: "datapackage.json" for lang in langs},
                "description": {lang: labels[lang].t("data.descriptor_note").lstrip("— ") for lang in langs}})
    out.append({"id": "zip", "path": zip_path(site), "format": "zip", "title": {lang: labels[lang].t("data.zip") for lang in langs},
                "description": {lang: labels[lang].t("data.zip_note").lstrip("— ") for lang in langs}})
    out.append({"id": "json-zip", "path": json_zip_path(site), "format": "zip",
                "title": {lang: labels[lang].t("data.json_zip") for lang in langs},
                "description": {lang: labels[lang].t("data.json_zip_note").lstrip("— ") for lang in langs}})
    out.append({"id": "xlsx", "path": workbook_path(site), "format": "xlsx",
                "title": {lang: labels[lang].t("data.workbook") for lang in langs},
                "description": {lang: labels[lang].t("data.workbook_note").lstrip("— ") for lang in langs}})
    return out


def coverage(site: Site) -> tuple[str, str]:
    """(first, last) date the documents cover: period starts and ends, else their dates."""
    docs = site.documents
    if not docs:
        return "", ""
    period = site.config.period or ("", "")
    starts, ends = [], []
    for row in site.rows(docs["table"]):
        when = str(site.time_of(row, docs) or "")[:10]
        start, end = (str(row.get(f) or "")[:10] if f else "" for f in period)
        starts.append(start or when)
        ends.append(end or when)
    starts, ends = [d for d in starts if len(d) == 10], [d for d in ends if len(d) == 10]
    return (min(starts), max(ends)) if starts and ends else ("", "")


def places(site: Site, lang: str) -> list[tuple[str, str]]:
    """(key, name) of every place a document reports on, by name."""
    docs = site.documents
    place = site.place_field(docs) if docs else None
    if not docs or not place:
        return []
    keys = {row.get(place) for row in site.rows(docs["table"]) if row.get(place) is not None}
    return sorted(((str(k), site.display(docs["table"], place, k, lang)) for k in keys), key=lambda kn: (kn[1].casefold(), kn[0]))


def _licence_url(site: Site) -> str:
    return str(site.config.licence.get("url") or "")


# -- schema.org ------------------------------------------------------------------------------
def dataset_jsonld(site: Site, lang: str, page_path: str) -> dict[str, Any]:
    """The schema.org Dataset of the package in one language, for the page at page_path
    (links relative to it in a local build)."""
    figures = site.figures
    here = figures.site_path(lang, page_path)

    def address(path: str, is_page: bool = False) -> str:
        if site.config.site_url:
            return figures.permalink(lang, path) if is_page else figures.file_link(path)
        target = figures.site_path(lang, path).rstrip("/") if is_page else path
        rel = relative(target, here.rstrip("/") or ".")
        return (rel + "/" if is_page and rel != "." else "./" if rel == "." else rel)

    from generator.site import citation

    publisher = {"@type": "Organization", "name": site.config.publisher[lang]}
    doc: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": site.package.title(lang),
        "description": site.package.description(lang) or site.config.description[lang],
        "inLanguage": lang,
        "url": address(page_path, is_page=True),
        "isAccessibleForFree": True,
        "creator": publisher,
        "publisher": publisher,
        "creditText": citation.apa(site, lang),
        "distribution": [{"@type": "DataDownload", "name": d["title"][lang], "description": d["description"][lang],
                          "encodingFormat": MEDIA[d["format"]], "contentUrl": address(d["path"])} for d in distributions(site)],
    }
    if figures.version:
        doc["version"] = figures.version
    if figures.updated:
        doc["dateModified"] = figures.updated
    if _licence_url(site):
        doc["license"] = _licence_url(site)
    first, last = coverage(site)
    if first and last:
        doc["temporalCoverage"] = f"{first}/{last}"
    named = places(site, lang)
    country = site.config.catalogue.get("country") or {}
    contained = [{"@type": "AdministrativeArea", "name": name, "identifier": key} for key, name in named]
    if country.get(lang):
        doc["spatialCoverage"] = {"@type": "Country", "name": country[lang], "containsPlace": contained}
    elif contained:
        doc["spatialCoverage"] = contained
    keywords = site.config.catalogue.get("keywords") or {}
    if keywords.get(lang):
        doc["keywords"] = list(keywords[lang])
    return doc


def script(doc: dict[str, Any]) -> str:
    """A JSON-LD script element on one line; '<' written as \\u003c so no text from the
    data can close it."""
    text = json.dumps(doc, ensure_ascii=False, sort_keys=False, separators=(",", ":")).replace("<", "\\u003c")
    return f'<script type="application/ld+json">{text}</script>'


# -- DCAT-AP ----------------------------------------------------------------------------------
def _iri(site: Site, path: str) -> str:
    """A site path as an IRI: relative to the catalogue at the site root (local build) or
    under @base (the public address)."""
    return path if path else "./"


def catalog_graph(site: Site) -> list[dict[str, Any]]:
    """The catalogue as JSON-LD nodes (expanded property IRIs via the prefixes)."""
    langs = site.config.languages
    figures = site.figures
    pkg = site.package

    def texts(make) -> list[dict[str, str]]:
        return [{"@value": str(make(lang)), "@language": lang} for lang in langs if make(lang)]

    licence = _licence_url(site)
    publisher_id = "./#publisher"
    dataset_id = f"./#dataset-{pkg.name}"
    data_page = f"{site.data_slug}/" if site.data_slug else ""
    dataset: dict[str, Any] = {
        "@id": dataset_id, "@type": "dcat:Dataset",
        "dct:identifier": pkg.name,
        "dct:title": texts(pkg.title),
        "dct:description": texts(lambda lang: pkg.description(lang) or site.config.description[lang]),
        "dct:publisher": {"@id": publisher_id}, "dct:creator": {"@id": publisher_id},
        "dct:language": [{"@id": EU_LANGUAGE + LANGUAGE_CODES[lang]} for lang in langs if lang in LANGUAGE_CODES],
        "dcat:distribution": [{"@id": f"./#distribution-{d['id']}"} for d in distributions(site)],
    }
    if data_page:
        dataset["dcat:landingPage"] = {"@id": _iri(site, data_page)}
    if figures.version:
        dataset["dcat:version"] = figures.version
        dataset["owl:versionInfo"] = figures.version
    if figures.updated:
        dataset["dct:modified"] = {"@value": figures.updated, "@type": "xsd:date"}
    if licence:
        dataset["dct:license"] = {"@id": licence}
    first, last = coverage(site)
    if first and last:
        dataset["dct:temporal"] = {"@id": "./#temporal", "@type": "dct:PeriodOfTime",
                                   "dcat:startDate": {"@value": first, "@type": "xsd:date"},
                                   "dcat:endDate": {"@value": last, "@type": "xsd:date"}}
    named = {lang: dict(places(site, lang)) for lang in langs}
    keys = sorted(named[langs[0]])
    if keys:
        dataset["dct:spatial"] = [{"@id": f"./#place-{key}", "@type": "dct:Location", "dct:identifier": key,
                                   "skos:prefLabel": [{"@value": named[lang][key], "@language": lang} for lang in langs]}
                                  for key in keys]
    keywords = site.config.catalogue.get("keywords") or {}
    words = [{"@value": w, "@language": lang} for lang in langs for w in keywords.get(lang, [])]
    if words:
        dataset["dcat:keyword"] = words
    nodes: list[dict[str, Any]] = [{
        "@id": "./#catalog", "@type": "dcat:Catalog",
        "dct:title": texts(lambda lang: site.config.title[lang]),
        "dct:description": texts(lambda lang: site.config.description[lang]),
        "dct:publisher": {"@id": publisher_id},
        "dct:language": dataset["dct:language"],
        "foaf:homepage": {"@id": "./"},
        "dcat:dataset": {"@id": dataset_id},
        **({"dct:license": {"@id": licence}} if licence else {}),
        **({"dct:modified": dataset["dct:modified"]} if "dct:modified" in dataset else {}),
    }, {
        "@id": publisher_id, "@type": ["foaf:Agent", "foaf:Organization"],
        "foaf:name": texts(lambda lang: site.config.publisher[lang]),
    }, dataset]
    for d in distributions(site):
        node = {"@id": f"./#distribution-{d['id']}", "@type": "dcat:Distribution",
                "dct:title": [{"@value": d["title"][lang], "@language": lang} for lang in langs],
                "dcat:accessURL": {"@id": _iri(site, d["path"])}, "dcat:downloadURL": {"@id": _iri(site, d["path"])},
                "dcat:mediaType": {"@id": IANA + MEDIA[d["format"]]},
                "dct:format": {"@id": EU_FILE_TYPE + FILE_TYPE[d["format"]]}}
        described = [{"@value": d["description"][lang], "@language": lang} for lang in langs if d["description"][lang]]
        if described:
            node["dct:description"] = described
        if licence:
            node["dct:license"] = {"@id": licence}
        size = flat_size(site, d["path"].split("/", 2)[-1]) if d["format"] == "csv" or d["id"] == "datapackage" else None
        if size is not None:
            node["dcat:byteSize"] = {"@value": str(size), "@type": "xsd:nonNegativeInteger"}
        nodes.append(node)
    return nodes


def catalog_jsonld(site: Site) -> str:
    context: dict[str, Any] = dict(PREFIXES)
    if site.config.site_url:
        context["@base"] = site.config.site_url
    return json.dumps({"@context": context, "@graph": catalog_graph(site)}, ensure_ascii=False, indent=1) + "\n"


def _ttl_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return f'"{escaped}"'


def _ttl_iri(value: str) -> str:
    for char in '<>"{}|^`\\ ':
        value = value.replace(char, "%{:02X}".format(ord(char)))
    return f"<{value}>"


def _ttl_term(value: Any) -> str:
    if isinstance(value, dict) and "@id" in value and len(value) == 1:
        return _ttl_iri(value["@id"]) if ":" not in value["@id"] or value["@id"].startswith(("http:", "https:")) \
            else value["@id"] if value["@id"].split(":", 1)[0] in PREFIXES else _ttl_iri(value["@id"])
    if isinstance(value, dict) and "@id" in value:
        return _ttl_iri(value["@id"])
    if isinstance(value, dict) and "@value" in value:
        text = _ttl_string(str(value["@value"]))
        if "@language" in value:
            return f"{text}@{value['@language']}"
        if "@type" in value:
            return f"{text}^^{value['@type']}"
        return text
    return _ttl_string(str(value))


def _ttl_node(node: dict[str, Any], nested: list[dict[str, Any]]) -> str:
    types = node.get("@type")
    types = [types] if isinstance(types, str) else list(types or [])
    lines = []
    if types:
        lines.append("a " + ", ".join(types))
    for key, value in node.items():
        if key.startswith("@"):
            continue
        values = value if isinstance(value, list) else [value]
        terms = []
        for item in values:
            if isinstance(item, dict) and "@id" in item and len(item) > 1:
                nested.append(item)  # a node described in place: written as its own subject
                terms.append(_ttl_iri(item["@id"]))
            else:
                terms.append(_ttl_term(item))
        lines.append(f"{key} " + ",\n        ".join(terms))
    return _ttl_iri(node["@id"]) + "\n    " + " ;\n    ".join(lines) + " ."


def catalog_turtle(site: Site) -> str:
    out = [f"@prefix {name}: <{iri}> ." for name, iri in PREFIXES.items()]
    if site.config.site_url:
        out.append(f"@base <{site.config.site_url}> .")
    out.append("")
    pending = list(catalog_graph(site))
    while pending:
        nested: list[dict[str, Any]] = []
        for node in pending:
            out.append(_ttl_node(node, nested))
            out.append("")
        pending = nested
    return "\n".join(out)


def build(site: Site, out: Any) -> None:
    out.file(CATALOG_TTL, catalog_turtle(site))
    out.file(CATALOG_JSONLD, catalog_jsonld(site))
