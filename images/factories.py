"""Factories for images and documents, generated locally with Pillow (nothing is downloaded)."""

import io

from django.core.files.base import ContentFile

from wagtail.models import Collection

import factory
import wagtail_factories
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from .models import CustomImage


def _font(size):
    """A TrueType font with umlauts where the system has one, else Pillow's own."""
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def make_image_bytes(text="", size=(1200, 675), color=(0, 75, 118), fmt="JPEG", exif=None):
    """A simple picture with a text label; exif (a PIL Exif) is embedded when given."""
    img = PILImage.new("RGB", size, color)
    draw = ImageDraw.Draw(img)
    if text:
        font = _font(max(16, size[1] // 14))
        draw.multiline_text(
            (size[0] // 20, size[1] // 3),
            fill_lines(text, 32),
            font=font,
            fill=(255, 255, 255),
            spacing=12,
        )
    out = io.BytesIO()
    kwargs = {"exif": exif} if exif is not None else {}
    img.save(out, format=fmt, **kwargs)
    return out.getvalue()


def fill_lines(text, width):
    """Break text into lines of at most width characters at spaces."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


def make_pdf_bytes(title, lines=()):
    """A one-page PDF flyer: a title and a few lines of text on an A4 canvas."""
    page = PILImage.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, 1240, 160), fill=(0, 75, 118))
    draw.text((60, 50), fill_lines(title, 40), font=_font(44), fill="white")
    body = _font(28)
    for number, line in enumerate(lines):
        draw.text((60, 240 + number * 44), line, font=body, fill="black")
    out = io.BytesIO()
    page.save(out, format="PDF", resolution=150.0, title=title)
    return out.getvalue()


class CustomImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = CustomImage

    # The root collection, not a new "Test collection" per image (editors' rights attach there).
    collection = factory.LazyFunction(Collection.get_first_root_node)

    title = factory.Sequence(lambda n: f"Bild {n}")
    file = factory.LazyAttributeSequence(
        lambda o, n: ContentFile(make_image_bytes(o.title), name=f"bild-{n}.jpg")
    )
    file_size = factory.LazyAttribute(lambda o: o.file.size)
    credit = "Foto: Polizeipräsidium Mainz"
    licence = "eigenes Foto"


class DocumentFactory(wagtail_factories.DocumentFactory):
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Dokument {n}")
    file = factory.LazyAttributeSequence(
        lambda o, n: ContentFile(make_pdf_bytes(o.title), name=f"dokument-{n}.pdf")
    )
    file_size = factory.LazyAttribute(lambda o: o.file.size)
