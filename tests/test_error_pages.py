"""The 500 page must render when the database is the thing that failed."""

from django.test import RequestFactory
from django.views.defaults import server_error


def test_the_500_page_renders_without_a_database():
    # No db fixture: pytest-django makes any database access raise here.
    response = server_error(RequestFactory().get("/de/"))

    assert response.status_code == 500
    content = response.content.decode()
    assert '<html lang="de" dir="ltr">' in content
    assert "110" in content and "112" in content
