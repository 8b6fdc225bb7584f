"""The custom image model: the floor every other app builds on. It records where a picture comes
from (credit, licence) and whether consent of identifiable people is documented, and it strips
EXIF metadata (GPS position, camera serial, author) from every upload before it is stored."""

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition, Image

from PIL import Image as PILImage
from PIL import ImageOps

# Pillow format name -> save options that keep quality and drop metadata.
_SAVE_OPTIONS = {
    "JPEG": {"quality": 92, "optimize": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 90},
}


def strip_metadata(fileobj):
    """Return the image bytes without EXIF/XMP/ICC comments, rotated upright, or None if the
    file carries no metadata worth removing (or is a format Pillow cannot rewrite)."""
    fileobj.seek(0)
    with PILImage.open(fileobj) as img:
        fmt = img.format
        if fmt not in _SAVE_OPTIONS:
            return None
        has_metadata = bool(img.getexif()) or any(
            key in img.info for key in ("exif", "xmp", "XML:com.adobe.xmp", "comment")
        )
        if not has_metadata:
            return None
        upright = ImageOps.exif_transpose(img)
        clean = PILImage.new(upright.mode, upright.size)
        clean.paste(upright)
        out = io.BytesIO()
        clean.save(out, format=fmt, **_SAVE_OPTIONS[fmt])
    return out.getvalue()


class CustomImage(AbstractImage):
    """An image with its source and consent documented, stored without EXIF metadata."""

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_('Shown with the caption, e.g. "Foto: Polizeipräsidium Mainz".'),
    )
    licence = models.CharField(
        _("licence"),
        max_length=255,
        blank=True,
        help_text=_('e.g. "own photo", "CC BY 4.0", "free for press use".'),
    )
    shows_identifiable_people = models.BooleanField(
        _("shows identifiable people"),
        default=False,
        help_text=_("Tick if a person can be recognised in the picture."),
    )
    consent_documented = models.BooleanField(
        _("consent documented"),
        default=False,
        help_text=_("The written consent of every identifiable person is on file."),
    )
    consent_note = models.CharField(
        _("where the consent is filed"),
        max_length=255,
        blank=True,
    )

    admin_form_fields = (
        *Image.admin_form_fields,
        "credit",
        "licence",
        "shows_identifiable_people",
        "consent_documented",
        "consent_note",
    )

    def clean(self):
        super().clean()
        if self.shows_identifiable_people and not self.consent_documented:
            raise ValidationError(
                {
                    "consent_documented": _(
                        "Pictures of identifiable people may only be used with documented consent."
                    )
                }
            )

    def strip_file_metadata(self):
        """Replace the not yet stored upload by a copy without metadata."""
        if getattr(self, "_metadata_stripped", False) or not self.file:
            return
        if getattr(self.file, "_committed", True):
            return
        self._metadata_stripped = True
        try:
            cleaned = strip_metadata(self.file)
        except (OSError, PILImage.DecompressionBombError):
            return  # Wagtail's own validation reports unreadable files.
        if cleaned is None:
            self.file.seek(0)
            return
        name = self.file.name.rsplit("/", 1)[-1]
        self.file = ContentFile(cleaned, name=name)

    def _set_image_file_metadata(self):
        # The admin upload views call this before saving: strip first, so size and hash
        # describe the file that is actually stored.
        self.strip_file_metadata()
        super()._set_image_file_metadata()

    def save(self, *args, **kwargs):
        self.strip_file_metadata()
        super().save(*args, **kwargs)


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


def optional_image(verbose_name):
    """The optional picture of a page or snippet (hero, logo, photo, teaser image): emptied,
    never deleted along, when the image is deleted."""
    return models.ForeignKey(
        CustomImage,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
