"""Checks of uploaded documents by their content (WAGTAILDOCS_DOCUMENT_FORM_BASE).

Wagtail checks a document's name only (WAGTAILDOCS_EXTENSIONS), so an HTML page or a program
renamed to "flyer.pdf" would be stored and served. Here the first bytes must show the format
the name claims (magic bytes, read with `filetype`; ZIP-based office formats by their
identifying member); text formats must be UTF-8 text without NUL bytes. A rejected upload
shows a German message and nothing is stored (the form is invalid before anything is saved).
Images: Wagtail's image field opens the file with Willow and refuses a format other than the
name's (WAGTAILIMAGES_EXTENSIONS allows JPEG, PNG, WebP and AVIF); ImageForm then refuses a
picture the image model could not store without its metadata (images.models.strip_metadata),
so a format added to the setting without a way to clean it never keeps its GPS position."""

import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

import filetype
from PIL import Image as PILImage

from images.models import CLEANABLE_FORMATS

# Extension -> the MIME types filetype reports for that format.
BINARY_FORMATS = {
    "pdf": {"application/pdf"},
    "odt": {"application/vnd.oasis.opendocument.text"},
    "ods": {"application/vnd.oasis.opendocument.spreadsheet"},
    "odp": {"application/vnd.oasis.opendocument.presentation"},
    "docx": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    "xlsx": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    "pptx": {"application/vnd.openxmlformats-officedocument.presentationml.presentation"},
    "mp4": {"video/mp4", "video/x-m4v"},
    "webm": {"video/webm"},
}
# ZIP-based formats: the member that identifies them (filetype only looks at the first
# entries, and some office programs write them in another order).
ZIP_MEMBERS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
}
OPEN_DOCUMENT = {"odt", "ods", "odp"}
TEXT_FORMATS = {"txt", "csv", "vtt"}
HEAD_BYTES = 8192


def extension_of(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def content_matches(upload):
    """Whether the file's content is what its extension says."""
    extension = extension_of(upload.name)
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    if extension in TEXT_FORMATS:
        return _is_text(upload, extension)
    expected = BINARY_FORMATS.get(extension)
    if not expected:
        return False
    kind = filetype.guess(head)
    if kind is not None and kind.mime in expected:
        return True
    if head.startswith(b"PK\x03\x04") and (extension in ZIP_MEMBERS or extension in OPEN_DOCUMENT):
        return _zip_is(upload, extension, expected)
    return False


def _zip_is(upload, extension, expected):
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if extension in ZIP_MEMBERS:
                return ZIP_MEMBERS[extension] in names
            return "mimetype" in names and archive.read("mimetype").decode() in expected
    except (zipfile.BadZipFile, UnicodeDecodeError, KeyError):
        return False
    finally:
        upload.seek(0)


def _is_text(upload, extension):
    """UTF-8 text without NUL bytes (a binary file renamed .txt is refused); WebVTT captions
    start with "WEBVTT"."""
    content = upload.read()
    upload.seek(0)
    if b"\x00" in content:
        return False
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return extension != "vtt" or text.startswith("WEBVTT")


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing files whose content does not match their name."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            return upload  # no new file
        if extension_of(upload.name) not in settings.WAGTAILDOCS_EXTENSIONS:
            return upload  # Wagtail's own check names the extension
        if not content_matches(upload):
            raise ValidationError(
                _(
                    "The content of this file does not match its file type (.%(extension)s). "
                    "Allowed are PDF, ODT, ODS, ODP, DOCX, XLSX, PPTX, TXT, CSV, MP4, WebM and "
                    "WebVTT files whose content is really of that type. Please save the file "
                    "again in one of these formats."
                ),
                code="content_mismatch",
                params={"extension": extension_of(upload.name) or "?"},
            )
        return upload

    def _post_clean(self):
        super()._post_clean()
        # Wagtail's Document.clean() checks the extension again, on the refused (now empty)
        # file, and adds 'Dateiendung „“ ist nicht erlaubt': keep only the real message.
        errors = self._errors.get("file") if self._errors else None
        if errors and any(error.code == "content_mismatch" for error in errors.as_data()):
            self._errors["file"] = self.error_class(
                [error for error in errors.as_data() if error.code == "content_mismatch"]
            )


class ImageForm(BaseImageForm):
    """Wagtail's image form, refusing formats whose metadata the image model cannot remove."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            return upload  # no new file, or Wagtail's field already refused it
        upload.seek(0)
        try:
            with PILImage.open(upload) as img:
                cleanable = img.format in CLEANABLE_FORMATS
        except (OSError, PILImage.DecompressionBombError):
            cleanable = False
        upload.seek(0)
        if not cleanable:
            raise ValidationError(
                _(
                    "This image format cannot be stored without its metadata (place, camera, "
                    "author). Please save the picture as JPEG, PNG, WebP or AVIF and upload "
                    "it again."
                ),
                code="metadata_not_removable",
            )
        return upload
