"""The legal and accessibility pages of the demo content say what the law asks of them, and the
video block plays self-hosted video only with captions and a transcript."""

import os
import re
from typing import NamedTuple

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
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
from home.models import FormPage, StandardPage
from images.factories import CustomImageFactory, DocumentFactory

WEBVTT = b"WEBVTT\n\n00:00.000 --> 00:04.000\nHallo und willkommen!\n"
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"

REQUIRED_PHRASES = {
    "Impressum": [
        "§ 5 DDG",
        "§ 18 Abs. 2 MStV",
        "Land Rheinland-Pfalz, vertreten durch das Polizeipräsidium Mainz",
        "Valenciaplatz 2",
        "55118 Mainz",
        "Landkreis Bad Kreuznach",
        "Landrätin oder den Landrat [Name – Demo]",
        "Salinenstraße 47",
        "55543 Bad Kreuznach",
        "keine eigene juristische Person",
        "Aufsichtsbehörden",
        "Ministerium des Innern und für Sport",
        "Aufsichts- und Dienstleistungsdirektion",
        "Haftung für Links",
    ],
    "Datenschutzerklärung": [
        "Art. 13",
        "Art. 26 DSGVO",
        "Das Wesentliche unserer Vereinbarung",
        "Datenschutzbeauftragte",
        "datenschutz-ppmainz-demo@example.org",
        "datenschutz-kreis-demo@example.org",
        "Art. 6 Abs. 1 Buchst. e DSGVO",
        "Server-Protokolldateien",
        "nach 7 Tagen automatisch gelöscht",
        "nach 90 Tagen automatisch gelöscht",
        "fehlgeschlagenen Anmeldeversuch",
        "E-Mail",
        "csrftoken",
        "§ 25 Abs. 2 Nr. 2 TDDDG",
        "keine Analyse- oder Tracking-Werkzeuge",
        "Art. 15 DSGVO",
        "Art. 21 DSGVO",
        "Art. 77 DSGVO",
        "Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz",
        "Hintere Bleiche 34",
        "55116 Mainz",
    ],
    "Erklärung zur Barrierefreiheit": [
        "§ 10 des Landesinklusionsgesetzes",
        "BITV RP",
        "BITV 2.0",
        "EN 301 549",
        "teilweise vereinbar",
        "Nicht barrierefreie Inhalte",
        "PDF-Dateien anderer Herausgeber",
        "Video in Deutscher Gebärdensprache",
        "Diese Erklärung wurde am 25. November 2026 erstellt",
        "Feedback und Kontaktangaben",
        "barrierefreiheit-demo@example.org",
        "Durchsetzungsverfahren",
        "Landesbeauftragten für die Belange von Menschen mit Behinderungen",
        "Bauhofstraße 9",
    ],
    "Leichte Sprache": [
        "Leichte Sprache ist einfaches Deutsch.",
        "Wer macht diese Internet-Seite?",
        "Oben auf jeder Seite ist das Menü.",
        "Die Internet-Seite ist zum Teil barriere-frei.",
        "110",
        "112",
    ],
    "Gebärdensprache": [
        "Deutscher Gebärdensprache (DGS)",
        "wird gerade produziert",
        "Transkript",
        "So finden Sie sich zurecht",
        "teilweise barrierefrei",
    ],
}


class Visit(NamedTuple):
    html: str
    soup: BeautifulSoup
    text: str  # the text of <main>, whitespace collapsed


def visit(client, title):
    page = StandardPage.objects.get(title=title, locale__language_code="de")
    response = client.get(page.url)
    assert response.status_code == 200, title
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    return Visit(html, soup, " ".join(soup.find("main").get_text(" ").split()))


def test_the_demo_legal_pages_say_what_the_law_asks_of_them(db, settings, tmp_path, client):
    # One demo load for all five pages: loading takes several seconds.
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    pages = {title: visit(client, title) for title in REQUIRED_PHRASES}

    missing = {
        title: [phrase for phrase in phrases if phrase not in pages[title].text]
        for title, phrases in REQUIRED_PHRASES.items()
    }
    assert not {title: phrases for title, phrases in missing.items() if phrases}
    for title, page in pages.items():
        assert page.soup.find("h1").get_text(strip=True) == title
        # The DDG replaced the Telemediengesetz in May 2024; citing it is a classic mistake.
        assert not re.search(r"\bTMG\b|Telemediengesetz", page.html), title

    assert_links_the_barrier_form(pages["Erklärung zur Barrierefreiheit"])
    assert_is_easy_language(pages["Leichte Sprache"])
    assert_is_an_honest_placeholder(pages["Gebärdensprache"])


def assert_links_the_barrier_form(statement):
    form = FormPage.objects.get(slug="barriere-melden")
    stream = statement.soup.find("div", class_="site-stream")
    # in the feedback list and in the call to action (besides the list of sub-pages)
    assert len(stream.select(f'a[href="{form.url}"]')) == 2


def assert_is_easy_language(page):
    """Short sentences, one statement each, no subordinate clauses."""
    blocks = page.soup.find("div", class_="site-stream").find_all(["h2", "p", "li"])
    sentences = [
        sentence
        for block in blocks
        for sentence in re.split(r"(?<=[.!?:])\s+", " ".join(block.get_text(" ").split()))
    ]
    longest = max(sentences, key=lambda sentence: len(sentence.split()))
    assert len(longest.split()) <= 12, longest
    conjunctions = r"\b(weil|dass|obwohl|wenn|falls|sodass|nachdem|damit)\b"
    assert not re.findall(conjunctions, " ".join(sentences), re.IGNORECASE)


def assert_is_an_honest_placeholder(page):
    """No video without a real file: the info box says the DGS video is being produced."""
    assert "<video" not in page.html
    box = page.soup.find("div", class_="site-stream").find("aside", class_="info-box")
    assert "wird gerade produziert" in box.get_text()


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
    # Served to visitors once live content uses it (editorial.media.guard).
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
