"""The material library a visitor filters by topic, target group and language (the listings
of tests/test_listings.py); built once for the module."""

import pytest

from prevention.factories import (
    PreventionIndexPageFactory,
    PreventionMaterialFactory,
    PreventionTopicPageFactory,
)
from tests.conftest import build_home_page, each_test_gets
from tests.test_listings import add_file, de, get, material_titles, selected

pytestmark = pytest.mark.django_db

# --- The material library -----------------------------------------------------------------


@pytest.fixture(scope="module")
def shared_library(module_db):
    """Built once for the module (tests.conftest.module_db): the library is only read."""
    prevention_index = PreventionIndexPageFactory(parent=build_home_page())
    phone = PreventionTopicPageFactory(parent=prevention_index, title="Telefonbetrug")
    burglary = PreventionTopicPageFactory(parent=prevention_index, title="Einbruchschutz")

    def material(title, topics, groups, languages, publish=True):
        material = PreventionMaterialFactory(
            title=title, topics=topics, target_groups=groups, publish=publish, live=publish
        )
        for code in languages:
            add_file(material, code)
        return material

    material("Flyer Enkeltrick", [phone], ["seniors"], ["de", "ar"])
    material("Plakat Schockanruf", [phone], ["seniors", "parents"], ["de", "prs"])
    material("Checkliste Einbruch", [burglary], ["everyone"], ["de", "prs"])
    material("Video Jugend", [burglary], ["youth"], ["ar"])
    material("Entwurf", [phone], ["seniors"], ["prs"], publish=False)
    return {"phone": phone, "burglary": burglary, "index": prevention_index}


@pytest.fixture
def library(db, shared_library):
    return each_test_gets(shared_library)


@pytest.fixture
def prevention_index(library):
    return library["index"]


ALL_MATERIALS = ["Checkliste Einbruch", "Flyer Enkeltrick", "Plakat Schockanruf", "Video Jugend"]


def test_the_library_lists_live_materials_by_title(client, prevention_index, library):
    soup = get(client, prevention_index.url)
    assert material_titles(soup) == ALL_MATERIALS
    assert selected(soup) == {}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"topic": "{phone}"}, ["Flyer Enkeltrick", "Plakat Schockanruf"]),
        ({"topic": "{burglary}"}, ["Checkliste Einbruch", "Video Jugend"]),
        ({"group": "seniors"}, ["Flyer Enkeltrick", "Plakat Schockanruf"]),
        ({"group": "parents"}, ["Plakat Schockanruf"]),
        ({"group": "youth"}, ["Video Jugend"]),
        ({"language": "prs"}, ["Checkliste Einbruch", "Plakat Schockanruf"]),
        ({"language": "ar"}, ["Flyer Enkeltrick", "Video Jugend"]),
        ({"language": "de"}, ["Checkliste Einbruch", "Flyer Enkeltrick", "Plakat Schockanruf"]),
        ({"language": "ti"}, []),
        ({"topic": "{phone}", "language": "prs"}, ["Plakat Schockanruf"]),
        ({"topic": "{phone}", "group": "seniors", "language": "ar"}, ["Flyer Enkeltrick"]),
        ({"topic": "{burglary}", "group": "youth", "language": "ar"}, ["Video Jugend"]),
        ({"topic": "{burglary}", "group": "seniors"}, []),
    ],
)
def test_the_library_filters_by_topic_group_and_language(
    client, prevention_index, library, params, expected
):
    params = {
        k: v.format(phone=library["phone"].pk, burglary=library["burglary"].pk)
        for k, v in params.items()
    }
    soup = get(client, prevention_index.url, params)
    assert material_titles(soup) == expected
    assert selected(soup) == params
    if not expected:
        assert de("No materials match these filters.") in soup.find("main").get_text()


def test_a_filtered_material_still_offers_all_its_languages(client, prevention_index, library):
    soup = get(client, prevention_index.url, {"language": "prs"})
    poster = next(
        card
        for card in soup.select("main .site-material")
        if "Plakat Schockanruf" in card.get_text()
    )
    assert [a["hreflang"] for a in poster.select("a[download]")] == ["de", "prs"]
    assert poster.select_one("a[hreflang=prs] span[lang=prs]")["dir"] == "rtl"


def test_german_sign_language_is_tagged_gsg(client, prevention_index, library):
    # BCP 47 names German Sign Language "gsg"; "dgs" would be Dogoso (Burkina Faso).
    video = PreventionMaterialFactory(
        title="Video in Gebärdensprache",
        topics=[library["phone"]],
        target_groups=["everyone"],
        publish=True,
        live=True,
    )
    add_file(video, "gsg")

    soup = get(client, prevention_index.url, {"language": "gsg"})

    assert material_titles(soup) == ["Video in Gebärdensprache"]
    link = soup.select_one("main .site-material a[download]")
    assert link["hreflang"] == "gsg"
    assert link.select_one("span[lang]")["lang"] == "de"  # its name is German words
    option = soup.select_one("select[name=language] option[selected]")
    assert option["value"] == "gsg"
    assert "dgs" not in str(soup)
