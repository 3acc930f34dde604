"""The "page not found" pages, one per language: `404.html` (the default language; hosts
serve it for any missing address) and `<lang>/404.html` (for hosts that serve a folder's
own error page).

A 404 page is served at whatever address was asked for, so it cannot use relative links
or the theme's stylesheets. It is one self-contained file (inline style, no request
needed to show it) whose links are absolute from the public address when the site has
one (`site_url`, always set for a deployment). Without one (a local build), a small
inline script finds the site's root by asking which parent folder holds
`assets/site.css` and points the links there; without the script the links lead to the
host's root. The default-language page shows itself in the language of the address
asked for (`…/en/…`), from a `<template>` holding the other language's words.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from generator.site.common import title_of
from generator.site.html import esc
from generator.site.mkdocs_config import LANGUAGE_NAMES
from generator.site.model import Site

STYLE = """body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
header{background:#3f51b5;color:#fff;padding:.8em 1em;font-weight:700}main{max-width:40em;margin:0 auto;padding:1em}
h1{font-weight:400;font-size:2em;margin:.4em 0}a{color:#1f4f8a;text-decoration:underline}li{margin:.4em 0}
form{display:flex;gap:.4em;flex-wrap:wrap;margin:1em 0}input{flex:1 1 10em;min-width:0;font:inherit;padding:.3em .5em;border:1px solid #767676;border-radius:3px}
button{font:inherit;padding:.3em .8em;border:1px solid #3f51b5;background:#3f51b5;color:#fff;border-radius:3px}
.vh{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}"""

SCRIPT = """(function(){var d=document,h=d.documentElement,root=h.getAttribute("data-root"),def=h.getAttribute("data-default");
function apply(base){var rest=location.pathname.slice(base.length);var other=d.getElementById("other");
if(other&&rest.indexOf(other.getAttribute("data-lang")+"/")===0){var lang=other.getAttribute("data-lang");
d.body.innerHTML=other.innerHTML;d.title=other.getAttribute("data-title");h.lang=lang;}
var links=d.querySelectorAll("[data-path]");for(var i=0;i<links.length;i++){var a=links[i];
a.setAttribute(a.tagName==="FORM"?"action":"href",base+a.getAttribute("data-path"));}}
if(root){apply(root);return;}var parts=location.pathname.split("/").slice(0,-1),tries=[];
for(var n=parts.length;n>=1;n--)tries.push(parts.slice(0,n).join("/")+"/");
(function next(i){if(i>=tries.length){apply("/");return;}
fetch(tries[i]+"assets/site.css",{method:"HEAD"}).then(function(r){r.ok?apply(tries[i]):next(i+1);},function(){next(i+1);});})(0);
})();"""


def _root(site: Site) -> str:
    """The site's root path from its public address ('/repo/'), or '' without one."""
    if not site.config.site_url:
        return ""
    path = urlsplit(site.config.site_url).path or "/"
    return path if path.endswith("/") else path + "/"


def _body(site: Site, lang: str, root: str) -> str:
    """The words and links of one language's 404 page (HTML inside <body>)."""
    labels = site.labels[lang]
    languages = list(site.config.languages)
    prefix = "" if lang == languages[0] else f"{lang}/"
    base = root or "/"

    def a(path: str, text: str, **extra: str) -> str:
        attrs = "".join(f' {k}="{esc(v)}"' for k, v in extra.items())
        return f'<a href="{esc(base + path)}" data-path="{esc(path)}"{attrs}>{esc(text)}</a>'

    items = [a(prefix, labels.t("nav.home"))]
    for slug in ("places", "indicators", "services", "reporting"):
        section = site.config.section(slug)
        if section:
            items.append(a(f"{prefix}{slug}/", title_of(site, section, lang)))
    search = site.config.sections_of("search")
    form = ""
    if search:
        path = f"{prefix}{search[0]['slug']}/"
        form = (f'<form role="search" action="{esc(base + path)}" data-path="{esc(path)}" method="get">'
                f'<label class="vh" for="q404">{esc(labels.t("search.label"))}</label>'
                f'<input id="q404" type="search" name="q" placeholder="{esc(labels.t("search.short_placeholder"))}">'
                f'<button type="submit">{esc(labels.t("search.button"))}</button></form>')
    others = []
    for other in languages:
        if other != lang:
            other_prefix = "" if other == languages[0] else f"{other}/"
            others.append(a(other_prefix, LANGUAGE_NAMES.get(other, other), lang=other, hreflang=other))
    return (f'<header>{esc(site.config.title[lang])}</header><main><h1>{esc(labels.t("notfound.title"))}</h1>'
            f'<p>{esc(labels.t("notfound.text"))} {esc(labels.t("notfound.hint"))}</p>{form}'
            f'<ul>{"".join(f"<li>{i}</li>" for i in items)}</ul>'
            + (f'<p>{" · ".join(others)}</p>' if others else "") + "</main>")


def page(site: Site, lang: str) -> str:
    """The whole 404 page of one language; the default language's holds the others' words
    in a <template> (shown when the address asked for is under their folder)."""
    root = _root(site)
    languages = list(site.config.languages)
    title = f"{site.labels[lang].t('notfound.title')} — {site.config.title[lang]}"
    other = ""
    if lang == languages[0] and len(languages) > 1:
        second = languages[1]
        other_title = f"{site.labels[second].t('notfound.title')} — {site.config.title[second]}"
        other = (f'<template id="other" data-lang="{esc(second)}" data-title="{esc(other_title)}">'
                 f'{_body(site, second, root)}</template>')
    return (f'<!doctype html>\n<html lang="{esc(lang)}" data-root="{esc(root)}" data-default="{esc(languages[0])}">'
            f'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<meta name="robots" content="noindex"><title>{esc(title)}</title><style>{STYLE}</style></head>'
            f'<body>{_body(site, lang, root)}{other}<script>{SCRIPT}</script></body></html>\n')


def template(site: Site) -> str:
    """The theme's 404 template (overrides/404.html): the default language's page, kept
    away from Jinja."""
    return "{% raw %}" + page(site, site.config.languages[0]) + "{% endraw %}"
