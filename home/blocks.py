"""The one content StreamBlock of the site. Every block has an admin preview and its own
template under templates/blocks/."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        label=_("heading level"),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading. Keep the order: level 2, then 3, then 4.")
        preview_value = {"text": "Sicher unterwegs in Bad Kreuznach", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation with the name of the person quoted.")
        preview_value = {
            "quote": "Vertrauen entsteht im Gespräch.",
            "attribution": "Beirat für Migration und Integration",
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    text = blocks.TextBlock(label=_("text"), required=False)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("external address"), required=False)
    button_label = blocks.CharBlock(label=_("button label"))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A highlighted box leading to one page or address.")
        preview_value = {
            "title": "Gesprächsrunde anfragen",
            "text": "Wir kommen in Ihren Verein oder Ihre Gemeinde.",
            "url": "https://example.org/",
            "button_label": "Jetzt anfragen",
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": blocks.BlockValidationError(
                        _("Choose either a page or an external address.")
                    )
                }
            )
        return value


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("link text"), required=False, help_text=_("Leave empty to use the title.")
    )

    class Meta:
        icon = "download"
        template = "blocks/download_block.html"
        label = _("Download")
        description = _("A document to download; the site shows its format and size.")


class InfoBoxBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("warning", _("Warning")), ("tip", _("Tip"))],
        default="info",
        label=_("kind"),
    )
    heading = blocks.CharBlock(label=_("heading"), required=False)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "info-circle"
        template = "blocks/info_box_block.html"
        label = _("Info box")
        description = _("A highlighted note, e.g. a tip or a warning.")
        preview_value = {
            "kind": "tip",
            "heading": "Tipp",
            "text": "<p>Die echte Polizei fragt nie am Telefon nach Geld.</p>",
        }


VIDEO_TYPES = {"mp4": "video/mp4", "webm": "video/webm"}


class VideoValue(blocks.StructValue):
    def video_type(self):
        """The MIME type for <source type="...">, from the file's extension."""
        video = self.get("video")
        return VIDEO_TYPES.get(video.file_extension.lower(), "") if video else ""


class VideoBlock(blocks.StructBlock):
    """A self-hosted video (no third-party player) with German WebVTT captions and a transcript,
    as EN 301 549 asks of video, e.g. the explanation in German Sign Language. Captions and
    transcript are required. No preview value: a preview would need real media files."""

    title = blocks.CharBlock(label=_("title"), help_text=_("What the video shows, in one line."))
    video = DocumentChooserBlock(
        label=_("video file"), help_text=_("An MP4 or WebM file from the documents.")
    )
    captions = DocumentChooserBlock(
        label=_("captions"),
        help_text=_("A WebVTT file (.vtt) with German captions."),
    )
    poster = ImageChooserBlock(
        label=_("poster image"),
        required=False,
        help_text=_("Shown before the video starts."),
    )
    transcript = blocks.RichTextBlock(
        label=_("transcript"),
        features=["h3", "bold", "italic", "ol", "ul", "link"],
        help_text=_("Everything the video says and shows, as text."),
    )

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")
        description = _("A video from the documents, with captions (WebVTT) and a transcript.")
        value_class = VideoValue

    def clean(self, value):
        errors = {}
        try:
            value = super().clean(value)
        except blocks.StructBlockValidationError as error:
            errors = dict(error.block_errors)
        video, captions = value.get("video"), value.get("captions")
        if video and video.file_extension.lower() not in VIDEO_TYPES:
            errors["video"] = ValidationError(_("The video must be an MP4 or WebM file."))
        if not captions:
            errors["captions"] = ValidationError(
                _("Add captions (a WebVTT file): a video without captions is not accessible.")
            )
        elif captions.file_extension.lower() != "vtt":
            errors["captions"] = ValidationError(_("The captions must be a WebVTT file (.vtt)."))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


class ContentStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Text"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Formatted text with links and lists."),
        preview_value="<p>Polizei und Beirat laden gemeinsam ein.</p>",
    )
    heading = HeadingBlock()
    image = ImageBlock(
        label=_("Image"),
        template="blocks/image_block.html",
        description=_("A picture with alternative text (or marked decorative)."),
    )
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    download = DownloadBlock()
    info_box = InfoBoxBlock()
    video = VideoBlock()
