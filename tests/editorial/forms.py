"""POST data for the admin's page and snippet forms, as the browser would send it."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def stream_data(stream):
    """A StreamField's blocks as the editor posts them, keeping block ids."""
    return {
        "count": str(len(stream)),
        **{
            str(index): {
                "type": child.block_type,
                "value": rich_text(child.value.source),
                "id": child.id,
                "deleted": "",
                "order": str(index),
            }
            for index, child in enumerate(stream)
        },
    }


def loaded(obj):
    """The hidden fields Wagtail's editor sends: the revision the form was loaded from."""
    revision = type(obj)._default_manager.get(pk=obj.pk).get_latest_revision()
    if revision is None:
        return {}
    return {
        "loaded_revision_id": str(revision.pk),
        "loaded_revision_created_at": revision.created_at.isoformat(),
    }


def news_form(page, **changes):
    """The edit form of a NewsPage, filled from its latest revision, with some values
    changed (as the editor would post it after a user's edits)."""
    hidden = loaded(page)
    page = page.get_latest_revision_as_object()
    data = {
        **hidden,
        "title": page.title,
        "slug": page.slug,
        "date": page.date.isoformat(),
        "category": page.category,
        "issuer": page.issuer_id or "",
        "teaser": page.teaser,
        "image": "",
        "body": stream_data(page.body),
        "tags": "",
        "seo_title": "",
        "search_description": "",
        "comments": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data(data)


def new_news_form(title="Neue Meldung", slug="neue-meldung"):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "date": "2026-11-25",
            "category": "press_release",
            "issuer": "",
            "teaser": "Kurzfassung.",
            "image": "",
            "body": streamfield([("paragraph", rich_text("<p>Text.</p>"))]),
            "tags": "",
            "seo_title": "",
            "search_description": "",
            "comments": inline_formset([]),
        }
    )


def alert_form(alert, **changes):
    data = {
        **(loaded(alert) if alert.pk else {}),
        "title": alert.title,
        "message": alert.message,
        "level": alert.level,
        "link_page": "",
        "link_url": "",
        "expire_at": alert.expire_at.strftime("%Y-%m-%d %H:%M") if alert.expire_at else "",
        "go_live_at": "",
    }
    data.update(changes)
    return data
