"""Canaries of Django internals (places 17 to 22 of tests/canaries/__init__.py)."""

import inspect
from io import BytesIO

from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.middleware import csrf
from django.utils.translation import trans_real

import pytest
from PIL import Image as PILImage

from images.models import CustomImage
from prevention.models import PreventionMaterial, PreventionMaterialFile

from . import on_upgrade, signature

# -- 17. ModelForm._post_clean and BaseForm._errors ---------------------------------------------


def test_the_form_hooks_we_override_are_called_as_recorded():
    recheck = (
        "security/uploads.py (ProtectedDocumentForm._post_clean reads and rewrites _errors) "
        "and home/models/alerts.py AlertForm._post_clean"
    )
    assert signature(forms.ModelForm._post_clean) == "(self)", on_upgrade(
        "django ModelForm._post_clean", recheck
    )
    assert "self._post_clean()" in inspect.getsource(forms.BaseForm.full_clean), on_upgrade(
        "django BaseForm.full_clean no longer calls _post_clean", recheck
    )
    form = forms.Form(data={})
    assert form.errors == {} and form._errors is form.errors, on_upgrade(
        "django BaseForm keeps its errors elsewhere than _errors", recheck
    )


# -- 18. Field._error_messages ---------------------------------------------------------------


def test_a_fields_own_error_messages_are_kept_in_error_messages():
    field = models.CharField(max_length=10, error_messages={"blank": "Bitte ausfüllen."})
    assert field._error_messages == {"blank": "Bitte ausfüllen."}, on_upgrade(
        "django Field._error_messages", "home/fields.py ExplainedCharField.formfield"
    )


# -- 19. _prefetched_objects_cache -------------------------------------------------------------


@pytest.mark.django_db
def test_a_filled_prefetch_cache_answers_the_relation_without_a_query(
    django_assert_num_queries,
):
    material = PreventionMaterial(pk=1)
    files = [PreventionMaterialFile(pk=2, language="tr")]
    material._prefetched_objects_cache = {"files": files}
    with django_assert_num_queries(0):
        shown = list(material.files.all())
    assert shown == files, on_upgrade(
        "django's (or modelcluster's) related manager no longer reads _prefetched_objects_cache",
        "prevention/facts.py with_source_files, which puts the German files there",
    )


# -- 20. FieldFile._committed ---------------------------------------------------------------


def test_a_new_upload_is_uncommitted_and_a_stored_file_committed():
    recheck = "images/models.py CustomImage.strip_file_metadata, which strips new uploads only"
    image = CustomImage(title="Foto", collection_id=1)
    picture = BytesIO()
    PILImage.new("RGB", (2, 2)).save(picture, "JPEG")
    image.file = SimpleUploadedFile("foto.jpg", picture.getvalue())
    assert image.file._committed is False, on_upgrade("django FieldFile._committed", recheck)
    stored = CustomImage(file="original_images/foto.jpg", width=2, height=2, collection_id=1)
    assert stored.file._committed is True, on_upgrade("django FieldFile._committed", recheck)


# -- 21. trans_real.parse_accept_lang_header ---------------------------------------------------


def test_accept_language_is_parsed_into_tags_by_quality():
    recheck = "home/locales.py (the language `/` redirects to)"
    assert signature(trans_real.parse_accept_lang_header) == "(lang_string)", on_upgrade(
        "django.utils.translation.trans_real.parse_accept_lang_header", recheck
    )
    assert trans_real.parse_accept_lang_header("de;q=0.5, ar, *;q=0.1") == (
        ("ar", 1.0),
        ("de", 0.5),
        ("*", 0.1),
    ), on_upgrade("what parse_accept_lang_header returns", recheck)


# -- 22. request.META["CSRF_COOKIE_NEEDS_UPDATE"] ----------------------------------------------


def test_the_csrf_cookie_is_sent_only_when_the_request_asks_for_it():
    recheck = "editorial/review/views.py draft, which sets no cookie by clearing that key"
    assert 'request.META.get("CSRF_COOKIE_NEEDS_UPDATE")' in inspect.getsource(
        csrf.CsrfViewMiddleware.process_response
    ), on_upgrade("django CsrfViewMiddleware.process_response", recheck)
    assert '"CSRF_COOKIE_NEEDS_UPDATE": True' in inspect.getsource(csrf), on_upgrade(
        "how django's get_token asks for the cookie", recheck
    )
