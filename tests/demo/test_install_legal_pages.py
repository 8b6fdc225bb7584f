"""`manage.py install_legal_pages` puts the legal and accessibility pages on a real site as
drafts that both sides must approve: it works under production settings, publishes nothing,
leaves existing pages alone and changes nothing when it cannot do its job."""

import io

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models.signals import post_save

from wagtail.models import Page, Revision, WorkflowState

import pytest

from demo.legal import PAGES
from home.models import StandardPage

pytestmark = pytest.mark.django_db

TITLES = [
    "Impressum",
    "Datenschutzerklärung",
    "Erklärung zur Barrierefreiheit",
    "Leichte Sprache",
    "Gebärdensprache",
]


def install(*args):
    out = io.StringIO()
    call_command("install_legal_pages", *args, stdout=out)
    return out.getvalue()


def legal_pages(home):
    return {page.title: page for page in StandardPage.objects.child_of(home)}


def test_the_legal_pages_become_drafts_in_the_joint_approval(
    settings, home_page, editorial, editor_police, client
):
    settings.IS_PRODUCTION = True  # load_demo_content would refuse; this command must not
    output = install("--user", editor_police.username)

    pages = legal_pages(home_page)
    assert list(pages) == TITLES == [fields["title"] for fields in PAGES]
    for title, page in pages.items():
        assert not page.live and page.first_published_at is None, title
        assert f"{title}: draft created and submitted for the joint approval." in output
        state = page.current_workflow_state
        assert state.workflow == editorial and state.workflow.name == "Gemeinsame Freigabe"
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        assert state.requested_by == editor_police
        assert state.current_task_state.revision == page.get_latest_revision()
        assert client.get(page.url).status_code == 404
    impressum = pages["Impressum"].get_latest_revision().as_object()
    assert "Anbieter nach § 5 DDG" in str(impressum.body)
    privacy = pages["Datenschutzerklärung"]
    assert f'<a linktype="page" id="{privacy.pk}">' in repr(list(impressum.body.raw_data))
    # The forms the demo links do not exist on this site: their links keep only their text.
    assert "Linked as text only, as no page has the slug yet: barriere-melden, kontakt" in output
    statement = pages["Erklärung zur Barrierefreiheit"].get_latest_revision().as_object()
    assert [block.block_type for block in statement.body].count("call_to_action") == 0
    assert "über das Formular Barriere melden" in str(statement.body)


def test_both_sides_approve_a_legal_page_before_it_goes_live(
    home_page,
    editor_police,
    approver_police,
    approver_council,
    act,
    client,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        install("--user", editor_police.username)
    impressum = legal_pages(home_page)["Impressum"]
    notified = {(message.to[0], message.subject) for message in mailoutbox}
    assert {address for address, subject in notified if "Impressum" in subject} == {
        approver_police.email,
        approver_council.email,
    }

    act(approver_police, impressum, "approve")
    assert not StandardPage.objects.get(pk=impressum.pk).live
    act(approver_council, impressum, "approve")
    impressum = StandardPage.objects.get(pk=impressum.pk)
    assert impressum.live
    assert "§ 18 Abs. 2 MStV" in client.get(impressum.url).content.decode()


def test_a_second_run_leaves_the_pages_alone(home_page, editorial):
    install()
    counts = (Page.objects.count(), Revision.objects.count(), WorkflowState.objects.count())
    output = install()
    assert (Page.objects.count(), Revision.objects.count(), WorkflowState.objects.count()) == (
        counts
    )
    for title in TITLES:
        assert f"{title}: the page exists already; left alone." in output
    assert "nothing changed" in output


def test_a_page_that_exists_is_left_alone_and_the_others_link_it(home_page, editorial):
    own = StandardPage(title="Datenschutz", slug="datenschutz", teaser="Unsere eigene.")
    home_page.add_child(instance=own)
    output = install()
    assert "Datenschutzerklärung: the page exists already; left alone." in output
    assert StandardPage.objects.get(pk=own.pk).title == "Datenschutz"
    impressum = legal_pages(home_page)["Impressum"].get_latest_revision().as_object()
    assert f'href="{own.url}"' in str(impressum.body)


def test_without_a_german_home_page_it_says_so_and_changes_nothing(editorial):
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="There is no German home page"):
        install()
    assert Page.objects.count() == pages


def test_without_the_workflow_it_says_so_and_changes_nothing(home_page):
    with pytest.raises(CommandError, match="run `manage.py setup_editorial` first"):
        install()
    assert not StandardPage.objects.exists()


def test_a_failure_halfway_leaves_no_page_behind(home_page, editorial):
    def fail_on_the_third_page(sender, created, **kwargs):
        if created and StandardPage.objects.count() == 3:
            raise OSError("disk full")

    post_save.connect(fail_on_the_third_page, sender=StandardPage, dispatch_uid="disk_full")
    try:
        with pytest.raises(OSError, match="disk full"):
            install()
    finally:
        post_save.disconnect(sender=StandardPage, dispatch_uid="disk_full")
    assert not StandardPage.objects.exists()
    assert not WorkflowState.objects.exists()


def test_an_unknown_user_is_refused(home_page, editorial):
    with pytest.raises(CommandError, match="There is no user 'nobody'"):
        install("--user", "nobody")
    assert not StandardPage.objects.exists()
