"""Nothing personal is ever served from the cache: the admin, a response that sets a cookie
and a visitor with a session pass Varnish (X-Cache never HIT), while an anonymous page is
cached (issue 17; site/varnish.vcl)."""

import uuid

from tests.stack.conftest import STACK_TESTS, Visitor

pytestmark = STACK_TESTS


def cache_states(stack, path, times=3, **kwargs):
    return [stack.get(path, **kwargs).headers.get("X-Cache") for _ in range(times)]


def test_an_anonymous_page_is_cached(stack):
    path = f"/de/?cache-probe={uuid.uuid4().hex}"
    assert cache_states(stack, path) == ["MISS", "HIT", "HIT"]


def test_the_admin_is_never_served_from_the_cache(stack):
    assert cache_states(stack, "/admin/login/") == ["MISS"] * 3
    assert cache_states(stack, "/admin/") == ["MISS"] * 3


def test_a_response_that_sets_a_cookie_is_never_cached(stack):
    # A form page sets the CSRF cookie for its form.
    responses = [stack.get("/de/kontakt/") for _ in range(3)]
    assert all("csrftoken=" in response.headers.get("Set-Cookie", "") for response in responses)
    assert [response.headers["X-Cache"] for response in responses] == ["MISS"] * 3


def test_a_request_with_a_session_passes_the_cache(stack):
    path = f"/de/?session-probe={uuid.uuid4().hex}"
    assert cache_states(stack, path, 2) == ["MISS", "HIT"]
    session = {"Cookie": "csrftoken=abc; sessionid=not-a-real-session"}
    assert cache_states(stack, path, 2, headers=session) == ["MISS", "MISS"]
    # Other cookies are dropped before the cache: the same cached page for everyone.
    assert cache_states(stack, path, 1, headers={"Cookie": "csrftoken=abc"}) == ["HIT"]


def test_a_logged_in_editor_never_gets_the_cached_page_nor_leaves_hers(stack, seed):
    path = f"/de/?editor-probe={uuid.uuid4().hex}"
    assert "wagtail-userbar" not in stack.get(path).text  # cached for the anonymous visitor

    editor = Visitor(stack)
    token = editor.csrf_token(0, "/admin/login/")
    editor.request(
        "POST",
        0,
        "/admin/login/",
        {"csrfmiddlewaretoken": token, "username": seed.admin, "password": seed.password},
    )
    cookie = {"Cookie": f"sessionid={editor.cookies['sessionid']}"}
    own = stack.get(path, headers=cookie)
    assert own.headers["X-Cache"] == "MISS"
    assert "wagtail-userbar" in own.text  # the editor's own page, with the user bar

    after = stack.get(path)
    assert after.headers["X-Cache"] == "HIT"
    assert "wagtail-userbar" not in after.text
