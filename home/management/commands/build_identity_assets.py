"""Build the site's generated static assets, committed under static/ (issue 19):

- Fira Sans (KERN's font, from node_modules/@kern-ux/native) cut into subsets per script
  (static/fonts/fira-sans/), declared with `unicode-range` in static/css/fonts.css, so a German
  page downloads only the Latin files of the weights it shows (about 25 KB each instead of
  130 KB);
- the PNG icons (favicon.ico, 180 px touch icon, 32 px PNG) drawn from the same shapes as
  static/identity/icon.svg;
- the default Open Graph image (1200 x 630) used when a page has no image of its own.

Run `make assets` (or `python manage.py build_identity_assets`) after a KERN upgrade; it needs
fontTools and brotli (requirements-dev.txt) and writes the same files on every run."""

import io
import logging
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

FIRA = Path(settings.BASE_DIR) / "node_modules" / "@kern-ux" / "native" / "dist" / "fonts"
STATIC = Path(settings.BASE_DIR) / "static"
FONT_OUT = STATIC / "fonts" / "fira-sans"
IDENTITY = STATIC / "identity"
TEMPLATES = Path(settings.BASE_DIR) / "templates" / "includes"

# The mark: "BK" (Bad Kreuznach) in Fira Sans Bold, white on KERN blue, over a white bar; in a
# 64-unit square, the letters' baseline at 41.5 and 36 units high.
MARK_FONT_SIZE = 36
MARK_BASELINE = 41.5
MARK_BAR = (14, 47, 50, 51)

# The weights KERN declares (its fonts/fira-sans.css), upright and italic.
WEIGHTS = {300: "Light", 400: "Regular", 500: "Medium", 600: "SemiBold", 700: "Bold"}

# Subsets by script, the ranges Google Fonts uses for the same split. "latin" covers German
# (and English, French ...), "latin-ext" Turkish, Polish and Romanian, "cyrillic" Russian,
# Ukrainian and Bulgarian. Arabic script comes from Noto Sans Arabic (fonts.css).
SUBSETS = {
    "latin": (
        "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, "
        "U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, "
        "U+FEFF, U+FFFD"
    ),
    "latin-ext": (
        "U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, "
        "U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, "
        "U+2113, U+2C60-2C7F, U+A720-A7FF"
    ),
    "cyrillic": "U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116",
}

# The wordmark: the three partners' names beside the mark (baseline, text).
WORDMARK_LINES = [
    (17, "Polizeiinspektion Bad Kreuznach"),
    (39, "Kriminalinspektion Bad Kreuznach"),
    (61, "Beirat für Migration und Integration · Landkreis Bad Kreuznach"),
]
WORDMARK_TITLE = (
    "Polizeiinspektion Bad Kreuznach, Kriminalinspektion Bad Kreuznach, "
    "Beirat für Migration und Integration des Landkreises Bad Kreuznach"
)

BLUE = (26, 90, 150)  # KERN's action colour #1a5a96
WHITE = (255, 255, 255)
DARK = (27, 27, 27)


def _codepoints(ranges):
    points = []
    for part in ranges.split(","):
        part = part.strip().removeprefix("U+")
        start, _, end = part.partition("-")
        points.extend(range(int(start, 16), int(end or start, 16) + 1))
    return points


def font_faces():
    """(file name, weight, style, subset name) of every subset file, in declaration order."""
    for subset in SUBSETS:
        for weight in WEIGHTS:
            for style in ("normal", "italic"):
                yield f"fira-sans-{subset}-{weight}-{style}.woff2", weight, style, subset


def _source_name(weight, style):
    name = WEIGHTS[weight]
    if style == "italic":
        name = "Italic" if name == "Regular" else f"{name}Italic"
    return FIRA / "fira-sans" / f"FiraSans-{name}.woff2"


def _ttf(weight, style="normal"):
    """A Fira Sans weight as TrueType bytes (Pillow cannot read WOFF2)."""
    from fontTools.ttLib import TTFont

    font = TTFont(_source_name(weight, style))
    font.flavor = None
    data = io.BytesIO()
    font.save(data)
    data.seek(0)
    return data


class Command(BaseCommand):
    help = "Build the font subsets, icons and the default Open Graph image under static/."

    def handle(self, *args, **options):
        logging.getLogger("fontTools").setLevel(logging.ERROR)
        self.mark()
        self.fonts()
        self.icons()
        self.open_graph()

    def fonts(self):
        from fontTools import subset

        FONT_OUT.mkdir(parents=True, exist_ok=True)
        for filename, weight, style, name in font_faces():
            opts = subset.Options()
            opts.flavor = "woff2"
            opts.layout_features = ["*"]
            opts.name_IDs = ["*"]
            opts.notdef_outline = True
            opts.drop_tables += ["DSIG"]
            font = subset.load_font(str(_source_name(weight, style)), opts)
            subsetter = subset.Subsetter(opts)
            subsetter.populate(unicodes=_codepoints(SUBSETS[name]))
            subsetter.subset(font)
            subset.save_font(font, str(FONT_OUT / filename), opts)
        self.stdout.write(f"fonts: {len(list(font_faces()))} files in {FONT_OUT}")

    def mark(self):
        """icon.svg (the favicon), the mark in the header (templates/includes/brand_mark.svg)
        and wordmark.svg: the letters as outlines, so they need no font."""
        from fontTools.pens.svgPathPen import SVGPathPen
        from fontTools.pens.transformPen import TransformPen
        from fontTools.ttLib import TTFont

        font = TTFont(_source_name(700, "normal"))
        glyphs = font.getGlyphSet()
        names = [font.getBestCmap()[ord(letter)] for letter in "BK"]
        scale = MARK_FONT_SIZE / font["head"].unitsPerEm
        x = (64 - sum(glyphs[name].width for name in names) * scale) / 2
        pen = SVGPathPen(glyphs, ntos=lambda v: f"{v:.1f}".rstrip("0").rstrip("."))
        for name in names:
            glyphs[name].draw(TransformPen(pen, (scale, 0, 0, -scale, x, MARK_BASELINE)))
            x += glyphs[name].width * scale
        left, top, right, bottom = MARK_BAR
        bar = f'x="{left}" y="{top}" width="{right - left}" height="{bottom - top}"'
        shapes = (
            f'<rect width="64" height="64" rx="6" fill="#1a5a96"/>'
            f'<path fill="#fff" d="{pen.getCommands()}"/>'
            f'<rect {bar} fill="#fff"/>'
        )
        IDENTITY.mkdir(parents=True, exist_ok=True)
        svg = 'xmlns="http://www.w3.org/2000/svg"'
        (IDENTITY / "icon.svg").write_text(f'<svg {svg} viewBox="0 0 64 64">{shapes}</svg>\n')
        (TEMPLATES / "brand_mark.svg").write_text(
            '<svg class="site-brand__mark" viewBox="0 0 64 64" width="48" height="48" '
            f'aria-hidden="true" focusable="false">{shapes}</svg>\n'
        )
        names_svg = "".join(f'<text x="80" y="{y}">{text}</text>' for y, text in WORDMARK_LINES)
        (IDENTITY / "wordmark.svg").write_text(
            f'<svg {svg} viewBox="0 0 570 66" width="570" height="66" role="img">'
            f"<title>{WORDMARK_TITLE}</title>{shapes}"
            f'<g fill="#1b1b1b" font-family="Fira Sans, Arial, sans-serif" font-size="16">'
            f"{names_svg}</g></svg>\n"
        )
        self.stdout.write(f"mark: {IDENTITY / 'icon.svg'}, {IDENTITY / 'wordmark.svg'}")

    def _icon(self, size):
        """The square icon: a blue tile with a white "BK" and a white bar, like icon.svg."""
        from PIL import Image, ImageDraw, ImageFont

        scale = 4  # draw large and scale down for smooth edges
        big = size * scale
        image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
        draw = ImageDraw.Draw(image)
        draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=big * 6 // 64, fill=BLUE)
        font = ImageFont.truetype(_ttf(700), size=big * MARK_FONT_SIZE / 64)
        draw.text((big / 2, big * MARK_BASELINE / 64), "BK", font=font, fill=WHITE, anchor="ms")
        draw.rectangle([big * edge / 64 for edge in MARK_BAR], fill=WHITE)
        return image.resize((size, size), Image.LANCZOS)

    def icons(self):
        IDENTITY.mkdir(parents=True, exist_ok=True)
        self._icon(180).convert("RGB").save(IDENTITY / "apple-touch-icon.png", optimize=True)
        self._icon(32).save(IDENTITY / "icon-32.png", optimize=True)
        self._icon(48).save(STATIC / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
        self.stdout.write(f"icons: {IDENTITY}, {STATIC / 'favicon.ico'}")

    def open_graph(self):
        """1200 x 630: the three partners' names as the wordmark, on white with the blue bar."""
        from PIL import Image, ImageDraw, ImageFont

        width, height = 1200, 630
        image = Image.new("RGB", (width, height), WHITE)
        draw = ImageDraw.Draw(image)
        draw.rectangle((0, 0, width, 24), fill=BLUE)
        draw.rectangle((0, height - 24, width, height), fill=BLUE)
        icon = self._icon(160)
        image.paste(icon, (80, 90), icon)
        bold = ImageFont.truetype(_ttf(700), size=64)
        regular = ImageFont.truetype(_ttf(400), size=40)
        draw.text((280, 110), "Polizei und Beirat", font=bold, fill=DARK)
        draw.text((280, 180), "Bad Kreuznach", font=bold, fill=DARK)
        lines = [
            "Polizeiinspektion Bad Kreuznach",
            "Kriminalinspektion Bad Kreuznach",
            "Beirat für Migration und Integration",
            "des Landkreises Bad Kreuznach",
        ]
        top = 330
        for number, line in enumerate(lines):
            draw.text((80, top + number * 56), line, font=regular, fill=DARK)
        draw.rectangle((80, 300, 80 + 120, 306), fill=BLUE)
        image.save(IDENTITY / "og-default.png", optimize=True)
        self.stdout.write(f"open graph: {IDENTITY / 'og-default.png'}")
