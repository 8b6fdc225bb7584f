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
from PIL import ImageOps, ImageSequence

# Pillow format name -> the format the clean copy is saved as, and options that keep quality.
# MPO is a JPEG with extra pictures (phone cameras write it); it is stored as a plain JPEG.
# HEIF opens through pillow-heif, which Willow registers. Every format Wagtail accepts
# (WAGTAILIMAGES_EXTENSIONS) must be here, or security.uploads.ImageForm refuses the upload.
_CLEAN_AS = {
    "JPEG": ("JPEG", {"quality": 92, "optimize": True}),
    "MPO": ("JPEG", {"quality": 92, "optimize": True}),
    "PNG": ("PNG", {"optimize": True}),
    "WEBP": ("WEBP", {"quality": 90}),
    "AVIF": ("AVIF", {"quality": 90}),
    "HEIF": ("HEIF", {"quality": 90}),
    "GIF": ("GIF", {"optimize": True}),
}
CLEANABLE_FORMATS = frozenset(_CLEAN_AS)
# Formats whose animation is kept (every frame is copied); others keep their first picture.
_ANIMATED = {"GIF", "WEBP", "AVIF", "PNG"}
# What a decoder reports about the picture itself; anything else in img.info (EXIF, XMP,
# comments, IPTC, PNG text chunks, HEIF thumbnails) counts as metadata.
_PICTURE_INFO = {
    "adobe",
    "adobe_transform",
    "aspect",
    "background",
    "bit_depth",
    "chroma",
    "chromaticity",
    "dpi",
    "duration",
    "gamma",
    "icc_profile",
    "interlace",
    "jfif",
    "jfif_density",
    "jfif_unit",
    "jfif_version",
    "loop",
    "nclx_profile",
    "original_orientation",
    "primary",
    "progression",
    "progressive",
    "srgb",
    "transparency",
    "version",
}


class MetadataError(Exception):
    """The picture could not be stored without its metadata."""


def has_metadata(img):
    """Whether an opened picture carries EXIF, XMP or other data beyond its pixels."""
    if img.getexif():
        return True
    return any(value for key, value in img.info.items() if key not in _PICTURE_INFO)


def _bare(frame):
    """An upright copy of one frame that keeps its pixels (palette, transparency) only."""
    upright = ImageOps.exif_transpose(frame)
    upright.load()
    clean = upright.copy()
    clean.info = {key: upright.info[key] for key in ("transparency",) if key in upright.info}
    return clean


def strip_metadata(fileobj):
    """Return the image bytes without EXIF/XMP/ICC/comments, rotated upright, or None if the
    file carries nothing but its picture. Raises MetadataError for a format that cannot be
    rewritten, and if the rewritten copy still shows metadata (then nothing may be stored)."""
    fileobj.seek(0)
    with PILImage.open(fileobj) as img:
        if img.format not in _CLEAN_AS:
            raise MetadataError(img.format)
        if not has_metadata(img):
            return None
        fmt, options = _CLEAN_AS[img.format]
        if getattr(img, "is_animated", False) and img.format in _ANIMATED:
            frames = [_bare(frame) for frame in ImageSequence.Iterator(img)]
            options = {
                **options,
                "save_all": True,
                "append_images": frames[1:],
                "duration": img.info.get("duration", 100),
                "loop": img.info.get("loop", 0),
            }
        else:
            frames = [_bare(img)]
        out = io.BytesIO()
        frames[0].save(out, format=fmt, **options)
    out.seek(0)
    with PILImage.open(out) as check:
        if has_metadata(check):
            raise MetadataError(fmt)
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
        try:
            cleaned = strip_metadata(self.file)
        except (OSError, PILImage.DecompressionBombError):
            self._metadata_stripped = True
            return  # Wagtail's own validation reports unreadable files.
        # A MetadataError goes up: better no image than one with the place it was taken.
        self._metadata_stripped = True
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

    class Meta(AbstractImage.Meta):
        # Wagtail's own Image names itself so; ours would be "custom images" in the admin.
        verbose_name = _("image")
        verbose_name_plural = _("images")


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
