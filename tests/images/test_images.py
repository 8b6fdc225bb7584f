"""The custom image model: consent rules and EXIF/GPS stripping on every upload."""

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from wagtail.models import Collection

import pytest
from PIL import ExifTags
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


# --- Factories --------------------------------------------------------------------------------


def test_factory_images_and_documents_land_in_the_root_collection():
    root = Collection.get_first_root_node()
    image = CustomImageFactory()
    document = DocumentFactory()
    assert image.collection == root
    assert document.collection == root
    assert Collection.objects.filter(depth=1).count() == 1
