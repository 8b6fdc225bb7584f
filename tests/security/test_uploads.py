"""Uploads (issue 10, item 6): images only as JPEG, PNG, WebP or AVIF within a size and pixel
limit; documents checked by their content (magic bytes), not their name; a rejected upload
shows a German message and stores nothing; documents are always served as downloads."""

import html
import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.translation import gettext

from wagtail.documents import get_document_model
from wagtail.models import UploadedFile

import pytest
from PIL import ExifTags
from PIL import Image as PILImage

from images.factories import make_image_bytes
from images.models import CustomImage

pytestmark = pytest.mark.django_db

Document = get_document_model()

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200
MISMATCH = "Der Inhalt dieser Datei passt nicht zu ihrem Dateityp"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Each test stores into a folder of its own, so "nothing stored" can be seen."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def stored_files(media):
    return sorted(str(path.relative_to(media)) for path in media.rglob("*") if path.is_file())


def office_zip(members, mimetype=None):
    """A minimal ZIP container as office programs write them."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        if mimetype:
            archive.writestr("mimetype", mimetype)
        archive.writestr("[Content_Types].xml", "<Types/>")
        for name in members:
            archive.writestr(name, "<x/>")
    return out.getvalue()


DOCX = office_zip(["_rels/.rels", "docProps/app.xml", "docProps/core.xml", "word/document.xml"])
XLSX = office_zip(["_rels/.rels", "xl/workbook.xml"])
ODT = office_zip(["content.xml"], mimetype="application/vnd.oasis.opendocument.text")
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
WEBM = b"\x1aE\xdf\xa3\x9fB\x86\x81\x01B\xf7\x81\x01B\xf2\x81\x04B\xf3\x81\x08B\x82\x84webm"


def upload_image(client, name, data):
    return client.post(
        "/admin/images/add/",
        {"title": "Upload", "file": SimpleUploadedFile(name, data), "credit": "Polizei"},
    )


def upload_document(client, name, data):
    return client.post(
        "/admin/documents/add/", {"title": "Upload", "file": SimpleUploadedFile(name, data)}
    )


# --- Images ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "AVIF"])
def test_the_four_image_formats_are_accepted(admin_client, fmt):
    name = f"bild.{'jpg' if fmt == 'JPEG' else fmt.lower()}"
    response = upload_image(admin_client, name, make_image_bytes("x", size=(64, 48), fmt=fmt))
    assert response.status_code == 302, response.content.decode()[:500]
    assert CustomImage.objects.count() == 1


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("logo.svg", SVG, "Nicht unterstütztes Bildformat"),
        ("animation.gif", make_image_bytes("x", size=(8, 8), fmt="GIF"), "Bildformat"),
        ("getarnt.jpg", make_image_bytes("x", size=(8, 8), fmt="PNG"), "Kein gültiges .jpeg-Bild"),
        ("seite.png", HTML, "Kein gültiges .png-Bild"),
    ],
    ids=["svg", "gif", "png-named-jpg", "html-named-png"],
)
def test_other_images_are_refused_in_german_and_nothing_is_stored(
    admin_client, media, name, data, message
):
    response = upload_image(admin_client, name, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert CustomImage.objects.count() == 0
    assert stored_files(media) == []


def test_images_over_the_pixel_limit_are_refused(admin_client, media, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100 * 100
    response = upload_image(admin_client, "gross.png", make_image_bytes(size=(101, 100), fmt="PNG"))
    assert "Dieses Bild hat zu viele Pixel" in response.content.decode()
    assert CustomImage.objects.count() == 0
    assert stored_files(media) == []


def test_images_over_the_size_limit_are_refused(admin_client, media, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    data = make_image_bytes("Groß", size=(400, 300), fmt="PNG")
    assert len(data) > 1000
    response = upload_image(admin_client, "gross.png", data)
    assert "Die Datei ist zu groß" in response.content.decode()
    assert stored_files(media) == []


def test_editors_are_told_the_limits_they_are_held_to(admin_client, media):
    """The real limits, not overridden: the formats and size the upload form names, and a
    picture just over 50 megapixels refused."""
    html = admin_client.get("/admin/images/add/").content.decode()
    assert (
        "Unterstützte Dateiformate: JPG, JPEG, PNG, WEBP, AVIF. Maximale Dateigröße: 15,0\xa0MB."
    ) in html
    picture = io.BytesIO()
    PILImage.new("1", (7072, 7072)).save(picture, "PNG")  # 50.01 million pixels
    response = upload_image(admin_client, "gross.png", picture.getvalue())
    assert "Dieses Bild hat zu viele Pixel" in response.content.decode()
    assert stored_files(media) == []


def test_a_format_whose_metadata_cannot_be_removed_is_refused(admin_client, media, settings):
    """TIFF carries EXIF and GPS like a JPEG; were it allowed, it must not be stored as it is."""
    settings.WAGTAILIMAGES_EXTENSIONS = [*settings.WAGTAILIMAGES_EXTENSIONS, "tiff"]
    exif = PILImage.Exif()
    exif.get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] = (49.0, 50.0, 42.0)
    out = io.BytesIO()
    PILImage.new("RGB", (40, 30)).save(out, format="TIFF", exif=exif)
    response = upload_image(admin_client, "scan.tiff", out.getvalue())
    assert response.status_code == 200
    with translation.override("de"):
        message = gettext(
            "This image format cannot be stored without its metadata (place, camera, "
            "author). Please save the picture as JPEG, PNG, WebP or AVIF and upload it again."
        )
    assert message in html.unescape(response.content.decode())
    assert CustomImage.objects.count() == 0
    assert stored_files(media) == []


# A new extension needs its case in tests/images/ (stored without EXIF/GPS/XMP).
def test_the_settings_allow_no_svg_and_limit_pixels(settings):
    assert sorted(settings.WAGTAILIMAGES_EXTENSIONS) == ["avif", "jpeg", "jpg", "png", "webp"]
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 50_000_000
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= 15 * 1024 * 1024


# --- Documents ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("flyer.pdf", PDF),
        ("antrag.docx", DOCX),
        ("liste.xlsx", XLSX),
        ("text.odt", ODT),
        ("hinweis.txt", "Straßensperrung – Hinweis".encode()),
        ("termine.csv", b"Datum;Ort\n2026-09-21;Kornmarkt\n"),
        ("untertitel.vtt", b"WEBVTT\n\n00:00.000 --> 00:02.000\nGuten Tag\n"),
        ("gebaerdensprache.mp4", MP4),
        ("gebaerdensprache.webm", WEBM),
    ],
)
def test_documents_whose_content_matches_are_accepted(admin_client, name, data):
    response = upload_document(admin_client, name, data)
    assert response.status_code == 302, response.content.decode()[:800]
    assert Document.objects.count() == 1


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("flyer.pdf", HTML),
        ("flyer.pdf", EXE),
        ("antrag.docx", PDF),
        ("antrag.docx", office_zip(["payload.bin"])),
        ("liste.xlsx", DOCX),
        ("text.odt", office_zip(["content.xml"], mimetype="application/x-evil")),
        ("hinweis.txt", EXE),
        ("untertitel.vtt", b"00:00.000 --> 00:02.000\nkein WebVTT\n"),
        ("video.mp4", HTML),
    ],
    ids=[
        "html-as-pdf",
        "exe-as-pdf",
        "pdf-as-docx",
        "zip-as-docx",
        "docx-as-xlsx",
        "fake-odt",
        "binary-as-txt",
        "vtt-without-header",
        "html-as-mp4",
    ],
)
def test_documents_whose_content_does_not_match_are_refused_in_german(
    admin_client, media, name, data
):
    response = upload_document(admin_client, name, data)
    assert response.status_code == 200
    assert MISMATCH in response.content.decode()
    assert "Dateiendung" not in response.content.decode()  # one clear message, not two
    assert Document.objects.count() == 0
    assert stored_files(media) == []


def test_a_disallowed_extension_is_refused(admin_client, media):
    response = upload_document(admin_client, "seite.html", HTML)
    assert "Dateiendung „html“ ist nicht erlaubt" in response.content.decode()
    assert stored_files(media) == []


def test_the_multiple_upload_refuses_and_stores_nothing(admin_client, media):
    response = admin_client.post(
        "/admin/documents/multiple/add/", {"files[]": SimpleUploadedFile("flyer.pdf", HTML)}
    )
    assert response.status_code == 200
    result = response.json()
    assert result["success"] is False
    assert MISMATCH in result["error_message"]
    assert Document.objects.count() == 0
    assert not UploadedFile.objects.exists()
    assert stored_files(media) == []


def test_replacing_a_file_is_checked_too(admin_client, media):
    upload_document(admin_client, "flyer.pdf", PDF)
    document = Document.objects.get()
    response = admin_client.post(
        f"/admin/documents/edit/{document.pk}/",
        {"title": "Flyer", "file": SimpleUploadedFile("flyer.pdf", HTML)},
    )
    assert MISMATCH in response.content.decode()
    document.refresh_from_db()
    with document.file.open() as f:
        assert f.read() == PDF


@pytest.mark.parametrize(("name", "data"), [("flyer.pdf", PDF), ("hinweis.txt", b"Hinweis")])
def test_documents_are_served_as_downloads(admin_client, client, name, data):
    upload_document(admin_client, name, data)
    document = Document.objects.get()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
