"""The custom image model: consent rules and EXIF/GPS stripping on every upload."""

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from wagtail.models import Collection

import pytest
from PIL import ExifTags, ImageDraw, PngImagePlugin
from PIL import Image as PILImage

from images.factories import CustomImageFactory, DocumentFactory, make_image_bytes
from images.models import CustomImage

pytestmark = pytest.mark.django_db

NO_CONSENT = (
    "Bilder, auf denen Personen erkennbar sind, dürfen nur mit dokumentierter Einwilligung "
    "verwendet werden."
)


def gps_exif(orientation=None):
    """EXIF as a phone writes it: position (Bad Kreuznach), camera, author, maybe a rotation."""
    exif = PILImage.Exif()
    exif[ExifTags.Base.Make] = "Phonemaker"
    exif[ExifTags.Base.Model] = "Phone 12"
    exif[ExifTags.Base.Artist] = "Erika Beispiel"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (49.0, 50.0, 42.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (7.0, 51.0, 57.0)
    return exif


def jpeg_with_gps(size=(300, 200), orientation=None):
    data = make_image_bytes("GPS", size=size, exif=gps_exif(orientation))
    # The test is only meaningful if the upload really carries the position.
    with PILImage.open(io.BytesIO(data)) as img:
        assert img.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    return data


def stored_metadata(image):
    """EXIF tags, GPS IFD and raw EXIF of the file as stored, plus its pixel size."""
    with image.open_file() as f, PILImage.open(f) as img:
        exif = img.getexif()
        return {
            "exif": dict(exif),
            "gps": dict(exif.get_ifd(ExifTags.IFD.GPSInfo)),
            "raw_exif": img.info.get("exif"),
            "size": img.size,
        }


def assert_clean(image, size):
    meta = stored_metadata(image)
    assert meta["gps"] == {}
    assert meta["exif"] == {}
    assert not meta["raw_exif"]
    assert meta["size"] == size
    assert (image.width, image.height) == size


# --- Consent ----------------------------------------------------------------------------------


def test_identifiable_people_without_documented_consent_are_refused_in_german():
    image = CustomImageFactory.build(shows_identifiable_people=True, consent_documented=False)
    with translation.override("de"), pytest.raises(ValidationError) as exc_info:
        image.clean()
    with translation.override("de"):
        messages = [str(m) for m in exc_info.value.message_dict["consent_documented"]]
    assert messages == [NO_CONSENT]


def test_identifiable_people_with_documented_consent_are_fine():
    image = CustomImageFactory.build(
        shows_identifiable_people=True, consent_documented=True, consent_note="Ordner PR 2026"
    )
    image.clean()


# --- Metadata stripping -----------------------------------------------------------------------


def test_saving_an_image_strips_gps_and_camera_data():
    image = CustomImageFactory(file=ContentFile(jpeg_with_gps(), name="einsatz.jpg"))
    image.refresh_from_db()
    assert_clean(image, (300, 200))
    assert image.file.name.endswith(".jpg")


def test_a_rotated_phone_photo_is_stored_upright():
    # Orientation 6: the camera was held upright, the pixels lie on their side.
    image = CustomImageFactory(
        file=ContentFile(jpeg_with_gps(size=(300, 200), orientation=6), name="hochkant.jpg")
    )
    image.refresh_from_db()
    assert_clean(image, (200, 300))


def test_a_png_with_metadata_is_stripped_too():
    img = PILImage.new("RGB", (120, 80), (200, 0, 0))
    out = io.BytesIO()
    img.save(out, format="PNG", exif=gps_exif())
    image = CustomImageFactory(file=ContentFile(out.getvalue(), name="grafik.png"))
    assert_clean(image, (120, 80))


def test_an_image_without_metadata_is_stored_unchanged():
    data = make_image_bytes("ohne", size=(64, 48))
    image = CustomImageFactory(file=ContentFile(data, name="ohne.jpg"))
    with image.open_file() as f:
        assert f.read() == data


def test_the_admin_upload_strips_gps_and_records_the_stored_size(admin_client):
    upload = SimpleUploadedFile("upload.jpg", jpeg_with_gps(), content_type="image/jpeg")
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Verkehrskontrolle",
            "file": upload,
            "credit": "Foto: Polizei",
            "licence": "eigen",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    image = CustomImage.objects.get(title="Verkehrskontrolle")
    assert_clean(image, (300, 200))
    assert image.credit == "Foto: Polizei"
    with image.open_file() as f:
        assert image.file_size == len(f.read())


def test_the_admin_multiple_upload_strips_gps(admin_client):
    upload = SimpleUploadedFile("mehrfach.jpg", jpeg_with_gps(), content_type="image/jpeg")
    response = admin_client.post("/admin/images/multiple/add/", {"files[]": upload})
    assert response.status_code == 200
    assert response.json()["success"] is True

    image = CustomImage.objects.get(pk=response.json()["image_id"])
    assert_clean(image, (300, 200))


def test_the_admin_refuses_people_pictures_without_consent_in_german(admin_client):
    upload = SimpleUploadedFile("leute.jpg", make_image_bytes("x"), content_type="image/jpeg")
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "Gruppenbild", "file": upload, "shows_identifiable_people": "on"},
    )
    assert response.status_code == 200
    assert NO_CONSENT in response.content.decode()
    assert not CustomImage.objects.filter(title="Gruppenbild").exists()


# --- Every upload format ---------------------------------------------------------------------

XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    b'xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="49,50.7N" '
    b'exif:GPSLongitude="7,51.95E"/></rdf:RDF></x:xmpmeta>'
)
# What the phone wrote, as it would stand in the stored file's bytes.
TRACES = (b"Phonemaker", b"Erika Beispiel", b"xmpmeta", b"GPSLatitude", b"Kreuznach")
RED, BLUE = (220, 0, 0), (0, 0, 220)


def two_colour_picture(size, sideways=False):
    """Red above, blue below: lets a test see the picture survived, the right way up.
    Sideways: red right, blue left, as a sensor stores a photo taken with the phone turned."""
    img = PILImage.new("RGB", size, RED)
    blue_half = (0, 0, size[0] // 2, size[1]) if sideways else (0, size[1] // 2, *size)
    ImageDraw.Draw(img).rectangle(blue_half, fill=BLUE)
    return img


def picture_with_metadata(fmt, size=(120, 80), orientation=None):
    """A picture in `fmt` with EXIF incl. GPS and XMP where the format holds them (GIF: a
    comment and XMP; PNG: also a text chunk), checked to really carry them."""
    img = two_colour_picture(size, sideways=orientation == 8)
    options = {"exif": gps_exif(orientation), "xmp": XMP}
    if fmt == "PNG":
        info = PngImagePlugin.PngInfo()
        info.add_itxt("XML:com.adobe.xmp", XMP.decode())
        info.add_text("Comment", "Aufgenommen in Bad Kreuznach")
        options = {"exif": gps_exif(orientation), "pnginfo": info}
    elif fmt == "GIF":
        options = {"comment": b"Aufgenommen in Bad Kreuznach", "xmp": XMP}
    elif fmt == "MPO":  # a JPEG with a second picture, as phone cameras write them
        options.update(save_all=True, append_images=[two_colour_picture(size)])
    out = io.BytesIO()
    img.save(out, format=fmt, **options)
    data = out.getvalue()
    assert any(trace in data for trace in TRACES)
    return data


def assert_without_metadata(image, size):
    """No EXIF, GPS, XMP or comment in the stored file, and the same picture, upright."""
    with image.open_file() as f:
        data = f.read()
    assert [trace for trace in TRACES if trace in data] == []
    with PILImage.open(io.BytesIO(data)) as img:
        assert dict(img.getexif()) == {}
        metadata_keys = ("exif", "xmp", "XML:com.adobe.xmp", "comment", "Comment")
        assert [key for key in metadata_keys if img.info.get(key)] == []
        assert img.size == size
        picture = img.convert("RGB")
        top = picture.getpixel((size[0] // 2, 2))
        bottom = picture.getpixel((size[0] // 2, size[1] - 3))
    assert top[0] > 150 and top[2] < 100, top  # red above
    assert bottom[2] > 150 and bottom[0] < 100, bottom  # blue below
    assert (image.width, image.height) == size
    assert image.file_size == len(data)


def admin_upload(client, name, data):
    response = client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, data), "credit": "Polizei"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return CustomImage.objects.get(title=name)


# Every format WAGTAILIMAGES_EXTENSIONS accepts (pinned in tests/security/test_uploads.py).
@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("JPEG", "foto.jpg"),
        ("MPO", "iphone.jpg"),
        ("PNG", "grafik.png"),
        ("WEBP", "foto.webp"),
        ("AVIF", "foto.avif"),
    ],
)
def test_every_accepted_format_is_stored_without_exif_gps_and_xmp(admin_client, fmt, name):
    image = admin_upload(admin_client, name, picture_with_metadata(fmt))
    assert_without_metadata(image, (120, 80))
    assert image.file.name.endswith(name.rsplit(".", 1)[-1])


@pytest.mark.parametrize(("fmt", "name"), [("JPEG", "hochkant.jpg"), ("AVIF", "hochkant.avif")])
def test_a_rotated_photo_of_any_format_is_stored_upright(admin_client, fmt, name):
    # Orientation 8: turn the stored pixels a quarter to the left to see the photo upright.
    image = admin_upload(admin_client, name, picture_with_metadata(fmt, (80, 120), 8))
    assert_without_metadata(image, (120, 80))


@pytest.mark.parametrize(("fmt", "name"), [("HEIF", "iphone.heic"), ("GIF", "animation.gif")])
def test_heic_and_gif_would_be_cleaned_too_if_they_were_allowed(admin_client, settings, fmt, name):
    """Not accepted today (WAGTAILIMAGES_EXTENSIONS); switched on, they leak nothing either."""
    settings.WAGTAILIMAGES_EXTENSIONS = [*settings.WAGTAILIMAGES_EXTENSIONS, "heic", "gif"]
    image = admin_upload(admin_client, name, picture_with_metadata(fmt))
    assert_without_metadata(image, (120, 80))


def test_an_animated_webp_keeps_its_frames(admin_client):
    frames = [two_colour_picture((40, 30)), PILImage.new("RGB", (40, 30), BLUE)]
    out = io.BytesIO()
    frames[0].save(
        out, format="WEBP", save_all=True, append_images=frames[1:], duration=200, exif=gps_exif()
    )
    image = admin_upload(admin_client, "animiert.webp", out.getvalue())
    with image.open_file() as f, PILImage.open(f) as img:
        assert img.n_frames == 2
        assert dict(img.getexif()) == {}


# --- Factories --------------------------------------------------------------------------------


def test_factory_images_and_documents_land_in_the_root_collection():
    root = Collection.get_first_root_node()
    image = CustomImageFactory()
    document = DocumentFactory()
    assert image.collection == root
    assert document.collection == root
    assert Collection.objects.filter(depth=1).count() == 1
