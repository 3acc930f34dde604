"""The mkdocs hook removes the theme's `<link rel="alternate">` from a page's head (not the
body, which it does not search unless the body holds such a link too): the same output as
the pattern applied to the whole page."""
from __future__ import annotations

import pytest

from generator.site import mkdocs_hooks

THEME = '\n    <link rel="alternate" href="/" hreflang="vi">\n    <link rel="alternate" href="/en/" hreflang="en">'
HEAD = f'<html><head>\n    <title>t</title>{THEME}\n  </head>'


@pytest.mark.parametrize("page", [
    HEAD + "<body><p>" + "x " * 5000 + "</p></body></html>",  # the usual case: only the head has them
    HEAD + '<body><link rel="alternate" href="a" hreflang="b"> text</body></html>',  # one in the body too
    '<p>no head <link rel="alternate" href="a" hreflang="b"></p>',  # no head at all
    HEAD + "<body>" + '<a rel="alternate">not a link tag</a></body>',
])
def test_theme_alternates_removed_as_from_the_whole_page(page: str) -> None:
    out = mkdocs_hooks._without_theme_alternates(page)
    assert out == mkdocs_hooks._HEAD_ALTERNATE.sub("", page)
    assert '<link rel="alternate"' not in out
