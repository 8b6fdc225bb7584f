"""The sections a language's home page offers: its own live index of a section (news, events,
prevention), or, while that section is not translated yet, the German one, which the home page
then marks as German (lang="de" on its texts, hreflang="de" on its links) instead of leaving
the section out: a reader of a language with little translated content still finds it."""

from django.conf import settings

from approvable.generation import cached

from .templatetags.home_tags import _cached, active_locale


def section_index(context, model):
    """(index, in_german): the live index of `model` in the active language, else the live
    German one with in_german True, else (None, False). Looked up once per request."""

    def build():
        locale = active_locale(context)
        index = model.objects.live().public().filter(locale=locale).first()
        if index is not None or locale.language_code == settings.LANGUAGE_CODE:
            return index, False
        german = (
            model.objects.live()
            .public()
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .first()
        )
        return german, german is not None

    def shared():
        # the same for every page of the language: from the frame cache (approvable.generation)
        label = model._meta.label
        return cached("section", (label, active_locale(context).language_code), build)

    return _cached(context, f"section:{model._meta.label}", shared)
