"""Page bodies written as HTML files (demo/data/legal/), read into the blocks of the content
StreamBlock (home.blocks). A file reads like the rendered page; at its top level:

- `<h2>`, `<h3>`, `<h4>`: a heading block;
- `<aside class="info-box info-box--warning">`: an info box (kind after `--`), its heading the
  first `<h2>` inside, its text the rich text after it;
- `<aside class="cta-block">`: a call to action, its title the `<h2>`, its text the first `<p>`
  and its button the link in the last `<p>`;
- a run of rich text (`<p>`, `<ul>`, `<ol>`): one paragraph block; a `<div>` holds a paragraph
  block of its own, where two follow each other.

Links to pages name the page's slug: `<a linktype="page" slug="datenschutz">`, stored as
Wagtail's `<a linktype="page" id="…">`. Indentation and line breaks between elements are not
part of the text."""

import re

from wagtail.rich_text import RichText

from bs4 import BeautifulSoup, Comment, Tag
from bs4.formatter import HTMLFormatter


class WagtailFormatter(HTMLFormatter):
    """Writes rich text as the demo has always stored it: <br> without a slash, only &, <
    and > escaped, attributes in their written order (linktype before id)."""

    def __init__(self):
        super().__init__(
            entity_substitution=HTMLFormatter.substitute_xml, void_element_close_prefix=None
        )

    def attributes(self, tag):
        return list(tag.attrs.items())


FORMATTER = WagtailFormatter()
CONTAINERS = {"aside", "div", "ol", "ul", "[document]"}
HEADINGS = {"h2", "h3", "h4"}
RICH_TEXT = {"p", "ul", "ol"}


class Body:
    """The blocks of one HTML file. `find_page(slug)` returns the page a link names, or None:
    a rich-text link to a missing page keeps only its text, a call to action to a missing page
    is left out; `missing` lists their slugs."""

    def __init__(self, html, find_page):
        self.find_page = find_page
        self.missing = []
        soup = BeautifulSoup(html, "html.parser")
        _drop_layout_whitespace(soup)
        self.blocks = self._blocks(soup.contents)

    def _blocks(self, elements):
        blocks, run = [], []
        for element in elements:
            if isinstance(element, Tag) and element.name in RICH_TEXT:
                run.append(element)
                continue
            if run:
                blocks.append(("paragraph", self._rich_text(run)))
                run = []
            if not isinstance(element, Tag):
                raise ValueError(f"Text outside any element: {element!r}")
            if element.name in HEADINGS:
                blocks.append(("heading", {"text": element.get_text(), "level": element.name}))
            elif element.name == "div":
                blocks.append(("paragraph", self._rich_text(element.contents)))
            elif "info-box" in element.get("class", []):
                blocks.append(self._info_box(element))
            elif "cta-block" in element.get("class", []):
                blocks.extend(self._call_to_action(element))
            else:
                raise ValueError(f"No block for <{element.name} {element.attrs}>")
        if run:
            blocks.append(("paragraph", self._rich_text(run)))
        return blocks

    def _info_box(self, aside):
        (kind,) = [name.split("--")[1] for name in aside["class"] if "--" in name]
        heading = aside.find("h2", recursive=False)
        contents = [element for element in aside.contents if element is not heading]
        return (
            "info_box",
            {
                "kind": kind,
                "heading": heading.get_text() if heading else "",
                "text": self._rich_text(contents),
            },
        )

    def _call_to_action(self, aside):
        title = aside.find("h2", recursive=False)
        *texts, button = aside.find_all("p", recursive=False)
        link = button.find("a")
        page = self.find_page(link["slug"]) if link.get("linktype") == "page" else None
        if link.get("linktype") == "page" and page is None:
            self.missing.append(link["slug"])
            return []
        value = {
            "title": title.get_text(),
            "text": texts[0].get_text() if texts else "",
            "page": page,
            "url": "" if page else link["href"],
            "button_label": link.get_text(),
        }
        return [("call_to_action", value)]

    def _rich_text(self, elements):
        for element in elements:
            if not isinstance(element, Tag):
                continue
            for link in element.find_all("a", linktype="page"):
                page = self.find_page(link["slug"])
                if page is None:
                    self.missing.append(link["slug"])
                    link.unwrap()
                else:
                    link.attrs = {"linktype": "page", "id": str(page.pk)}
        return RichText("".join(element.decode(formatter=FORMATTER) for element in elements))


def _drop_layout_whitespace(soup):
    """Remove comments and the indentation between block elements; join wrapped lines."""
    for text in list(soup.find_all(string=True)):
        if isinstance(text, Comment) or not text.strip() and text.parent.name in CONTAINERS:
            text.extract()
        elif "\n" in text:
            text.replace_with(re.sub(r"\s*\n\s*", " ", text))
