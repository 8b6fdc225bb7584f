"""Prevention: topics and the material library with one file per language."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from wagtail.search.backends import get_search_backend

import pytest

from home.models import HomePage
from images.factories import DocumentFactory
from prevention.factories import (
    PreventionIndexPageFactory,
    PreventionMaterialFactory,
    PreventionMaterialFileFactory,
    PreventionTopicPageFactory,
)
from prevention.models import (
    PreventionIndexPage,
    PreventionMaterial,
    PreventionMaterialFile,
    PreventionTopicPage,
)

pytestmark = pytest.mark.django_db

CHOOSE_LANGUAGE = "Wählen Sie die Sprache dieser Datei aus."
CHOOSE_FILE = "Wählen Sie die Datei für diese Sprache aus."


def test_prevention_index_sits_under_home_and_holds_topics(page_asserts):
    page_asserts.assertAllowedParentPageTypes(PreventionIndexPage, {HomePage})
    page_asserts.assertAllowedSubpageTypes(PreventionIndexPage, {PreventionTopicPage})


def test_topic_sits_only_in_the_prevention_index_and_has_no_children(page_asserts):
    page_asserts.assertAllowedParentPageTypes(PreventionTopicPage, {PreventionIndexPage})
    page_asserts.assertAllowedSubpageTypes(PreventionTopicPage, set())
    page_asserts.assertCanNotCreateAt(HomePage, PreventionTopicPage)


def test_a_second_prevention_index_under_the_same_home_is_refused(home_page):
    PreventionIndexPageFactory(parent=home_page)
    assert not PreventionIndexPage.can_create_at(home_page)


def test_a_material_file_without_language_is_refused_in_german():
    material = PreventionMaterialFactory()
    file = PreventionMaterialFile(material=material, language="", document=DocumentFactory())
    with translation.override("de"), pytest.raises(ValidationError) as exc_info:
        file.full_clean()
    with translation.override("de"):
        assert CHOOSE_LANGUAGE in [str(m) for m in exc_info.value.message_dict["language"]]


def test_a_material_file_without_document_is_refused_in_german():
    file = PreventionMaterialFile(material=PreventionMaterialFactory(), language="ar")
    with translation.override("de"), pytest.raises(ValidationError) as exc_info:
        file.full_clean()
    with translation.override("de"):
        assert [str(m) for m in exc_info.value.message_dict["document"]] == [CHOOSE_FILE]


def test_a_language_outside_the_list_is_refused():
    file = PreventionMaterialFile(
        material=PreventionMaterialFactory(), language="xx", document=DocumentFactory()
    )
    with pytest.raises(ValidationError) as exc_info:
        file.full_clean()
    assert "language" in exc_info.value.message_dict


def test_a_material_has_at_most_one_file_per_language():
    material = PreventionMaterialFactory(languages=["de"])
    with pytest.raises(IntegrityError), transaction.atomic():
        PreventionMaterialFileFactory(material=material, language="de")


def test_materials_exist_in_languages_beyond_the_site_languages():
    """A Turkish reader finds the Kurdish and Tigrinya flyer: the list is open."""
    material = PreventionMaterialFactory(languages=["de", "ku", "ti", "prs"])
    files = {f.language: f for f in material.files.all()}
    assert set(files) == {"de", "ku", "ti", "prs"}
    assert files["ku"].language_name == "Kurdî"
    assert files["ti"].language_name == "ትግርኛ"
    assert str(files["prs"]) == f"{material.title} (دری)"


def test_materials_are_linked_to_their_topics(prevention_index):
    topic = PreventionTopicPageFactory(parent=prevention_index, title="Telefonbetrug")
    material = PreventionMaterialFactory(topics=[topic], languages=["de"])
    assert list(topic.materials.all()) == [material]


def test_materials_are_found_by_the_search_backend():
    PreventionMaterialFactory(title="Falsche Polizeibeamte am Telefon", languages=["de"])
    PreventionMaterialFactory(title="Sicher Rad fahren", languages=["de"])
    results = get_search_backend().search("Polizeibeamte", PreventionMaterial)
    titles = [m.title for m in results]
    assert titles == ["Falsche Polizeibeamte am Telefon"]


def test_german_sign_language_stored_as_dgs_becomes_gsg():
    # Files saved before the code was corrected, and the drafts of their material (issue 19).
    import importlib

    from django.apps import apps

    from tests.test_listings import add_file

    material = PreventionMaterialFactory(title="Video in Gebärdensprache")
    file = add_file(material, "gsg")
    PreventionMaterialFile.objects.filter(pk=file.pk).update(language="dgs")
    material.refresh_from_db()
    revision = material.save_revision()
    assert [f["language"] for f in revision.content["files"]] == ["dgs"]
    migration = importlib.import_module("prevention.migrations.0004_german_sign_language_gsg")

    migration.forwards(apps, None)

    file.refresh_from_db()
    revision.refresh_from_db()
    assert file.language == "gsg"
    assert [f["language"] for f in revision.content["files"]] == ["gsg"]
