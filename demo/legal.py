"""The legal and accessibility pages (Impressum, Datenschutzerklärung, Erklärung zur
Barrierefreiheit, Leichte Sprache, Gebärdensprache) from demo/data/legal/: the demo publishes
them, `install_legal_pages` installs them as drafts for the joint approval. Production code:
it imports nothing of the demo's factories."""

from .bodies import Body
from .files import DATA, read

PAGES = read("legal/pages.toml")["pages"]


def body(slug, find_page):
    """The blocks of the page `slug`; `find_page(slug)` finds the pages it links to."""
    return Body((DATA / "legal" / f"{slug}.html").read_text(encoding="utf-8"), find_page)
