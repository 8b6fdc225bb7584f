"""The userbar's accessibility checker (issue 10, item 7) runs the project's rules on the live
page for editors and in the editor's preview ("Checks" panel): missing alt text, heading order,
empty headings, link names, and alt texts that are a file name."""

import json
import re

from django.http import HttpResponse
from django.template import Context, Template

import pytest
from bs4 import BeautifulSoup

from home.wagtail_hooks import ALT_TEXT_LIKE_A_FILE_NAME

pytestmark = pytest.mark.django_db

PROJECT_RULES = {"image-alt", "heading-order", "empty-heading", "link-name", "alt-text-quality"}


def axe_configuration(response):
    assert response.status_code == 200
    script = BeautifulSoup(response.content, "html.parser").find(id="checker-axe-configuration")
    assert script is not None, "no content checker on the page"
    return json.loads(script.string)


def assert_project_rules(configuration):
    assert set(configuration["options"]["runOnly"]) >= PROJECT_RULES
    checks = {check["id"]: check for check in configuration["spec"]["checks"]}
    assert checks["check-image-alt-text"]["options"]["pattern"] == ALT_TEXT_LIKE_A_FILE_NAME
    assert configuration["messages"]["image-alt"]["error_name"] == "Bild ohne Alternativtext"


def test_the_userbar_on_the_live_page_checks_the_project_rules(admin_client, home_page):
    assert_project_rules(axe_configuration(admin_client.get(home_page.url)))


def test_the_checks_panel_of_the_editor_uses_the_project_rules(admin_client, home_page):
    response = admin_client.get(f"/admin/pages/{home_page.pk}/edit/")
    assert_project_rules(axe_configuration(response))


def test_the_preview_runs_the_project_checker(admin_user, home_page, rf):
    """In the preview panel the userbar shows only the checker (Wagtail sets in_preview_panel
    on the preview request)."""
    request = rf.get(home_page.url)
    request.user = admin_user
    request.in_preview_panel = True
    html = Template("{% load wagtailuserbar %}{% wagtailuserbar %}").render(
        Context({"request": request, "page": home_page})
    )
    assert_project_rules(axe_configuration(HttpResponse(html)))


@pytest.mark.parametrize(
    "alt",
    ["IMG_1234", "DSC01234", "foto-2024-05-01", "streife.jpg", "PXL_20260101", "Bild 3"],
)
def test_alt_texts_that_are_file_names_are_flagged(alt):
    # Wagtail's check compiles the pattern as a case-insensitive JavaScript RegExp.
    assert re.search(ALT_TEXT_LIKE_A_FILE_NAME, alt, re.IGNORECASE)


@pytest.mark.parametrize(
    "alt",
    [
        "Zwei Polizistinnen sprechen am Stand mit Besuchern",
        "Polizei und Beirat beim Fest 2026",
        "شرطيتان تتحدثان مع الزوار",
        "E-Bike am Kornmarkt",
    ],
)
def test_real_descriptions_pass(alt):
    assert not re.search(ALT_TEXT_LIKE_A_FILE_NAME, alt, re.IGNORECASE)
