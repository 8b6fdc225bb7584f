"""The video block plays self-hosted video only with captions and a transcript (the legal pages
of the demo content: tests/demo_content/test_legal_texts.py)."""

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from wagtail.blocks import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.models import Collection
from wagtail.rich_text import RichText

import pytest
from bs4 import BeautifulSoup

from home.blocks import ContentStreamBlock, VideoBlock
from home.factories import StandardPageFactory
from images.factories import CustomImageFactory, DocumentFactory

WEBVTT = b"WEBVTT\n\n00:00.000 --> 00:04.000\nHallo und willkommen!\n"
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"


@pytest.fixture
def video_files(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    video = DocumentFactory(title="Die Website in DGS", file=ContentFile(MP4, name="dgs.mp4"))
    captions = DocumentFactory(title="Untertitel DGS", file=ContentFile(WEBVTT, name="dgs.vtt"))
    return video, captions


def test_the_content_stream_offers_the_video_block():
    assert isinstance(ContentStreamBlock().child_blocks["video"], VideoBlock)


def test_a_video_block_renders_captioned_video_with_poster_and_transcript(
    home_page, client, video_files
):
    video, captions = video_files
    poster = CustomImageFactory(title="Standbild DGS")
    page = StandardPageFactory(
        parent=home_page,
        title="Gebärdensprache",
        body=[
            (
                "video",
                {
                    "title": "Die Website in Deutscher Gebärdensprache",
                    "video": video,
                    "captions": captions,
                    "poster": poster,
                    "transcript": RichText("<p>Hallo und willkommen auf unserer Website!</p>"),
                },
            )
        ],
        publish=True,
    )
    response = client.get(page.url)
    assert response.status_code == 200
    figure = BeautifulSoup(response.content, "html.parser").find("figure", class_="video-block")
    assert figure.find("figcaption").get_text(strip=True) == (
        "Die Website in Deutscher Gebärdensprache"
    )
    player = figure.find("video")
    assert player.has_attr("controls") and player["preload"] == "none"
    assert player["poster"].startswith(settings.MEDIA_URL)
    source = player.find("source")
    assert (source["src"], source["type"]) == (video.url, "video/mp4")
    track = player.find("track")
    assert track["kind"] == "captions" and track["src"] == captions.url
    assert (track["srclang"], track["label"]) == ("de", "Deutsch")
    assert track.has_attr("default")
    transcript = figure.find("details")
    assert "Hallo und willkommen auf unserer Website!" in transcript.get_text()
    # the strict Content-Security-Policy allows no inline style or script
    assert not figure.select("[style], script")


def test_the_captions_file_is_served_as_webvtt(home_page, client, video_files):
    video, captions = video_files
    # Served to visitors once live content uses it (editorial.files.guard).
    StandardPageFactory(
        parent=home_page,
        title="Gebärdensprache",
        body=[("video", {"title": "DGS", "video": video, "captions": captions, "poster": None})],
        publish=True,
    )
    response = client.get(captions.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/vtt")


def video_value(video, captions, **changes):
    block = VideoBlock()
    raw = {
        "title": "Die Website in Deutscher Gebärdensprache",
        "video": video.pk,
        "captions": captions.pk if captions else None,
        "poster": None,
        "transcript": "<p>Hallo und willkommen!</p>",
        **changes,
    }
    return block, block.to_python(raw)


def errors_of(block, value):
    with translation.override("en"), pytest.raises(StructBlockValidationError) as caught:
        block.clean(value)
    with translation.override("en"):
        return {name: error.messages for name, error in caught.value.block_errors.items()}


def test_a_complete_video_block_is_valid(video_files):
    block, value = video_value(*video_files)
    assert block.clean(value)["captions"] == video_files[1]


def test_a_video_without_captions_is_refused_with_a_clear_message(video_files):
    video, _ = video_files
    errors = errors_of(*video_value(video, None))
    assert errors == {
        "captions": ["Add captions (a WebVTT file): a video without captions is not accessible."]
    }


def test_a_video_without_transcript_is_refused(video_files):
    errors = errors_of(*video_value(*video_files, transcript=""))
    assert list(errors) == ["transcript"]


def test_captions_and_video_must_have_the_right_file_types(video_files):
    video, captions = video_files
    pdf = DocumentFactory(title="Flyer")
    errors = errors_of(*video_value(pdf, pdf))
    assert errors == {
        "video": ["The video must be an MP4 or WebM file."],
        "captions": ["The captions must be a WebVTT file (.vtt)."],
    }


# The start of a real WebM file: the EBML header with the DocType "webm" (uploads are checked
# by their content, security.uploads).
WEBM = b"\x1aE\xdf\xa3\x9fB\x86\x81\x01B\xf7\x81\x01B\xf2\x81\x04B\xf3\x81\x08B\x82\x84webm"


@pytest.mark.parametrize(
    ("name", "content"), [("dgs.mp4", MP4), ("dgs.webm", WEBM), ("dgs.vtt", WEBVTT)]
)
def test_editors_can_upload_video_and_caption_files(db, settings, tmp_path, name, content):
    settings.MEDIA_ROOT = tmp_path
    form_class = get_document_form(get_document_model())
    form = form_class(
        data={"title": name, "collection": Collection.get_first_root_node().pk},
        files={"file": SimpleUploadedFile(name, content)},
    )
    assert form.is_valid(), form.errors
