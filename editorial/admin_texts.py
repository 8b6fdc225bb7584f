"""Admin texts in the language of each request where Wagtail fixes them once.

Wagtail's snippet chooser formats "Choose %(object)s" when a form class is first built, in the
language active then, and the form class is kept for the life of the process: after a first
build in English (a permitted admin language, or a command), every editor read "Choose partner".
Here the three texts become lazy strings, formatted whenever a template reads them (the widget's
template is their only reader; tests/canaries, place 26)."""

from django.utils.functional import lazy
from django.utils.translation import gettext

from wagtail.snippets.widgets import AdminSnippetChooser

CHOOSER_TEXTS = {
    "choose_one_text": "Choose %(object)s",
    "choose_another_text": "Choose another %(object)s",
    "link_to_chosen_text": "Edit this %(object)s",
}

_upstream_init = AdminSnippetChooser.__init__


def _formatted(msgid, model):
    # Wagtail's own msgids, translated by its catalogue (a variable: not ours to extract).
    return gettext(msgid) % {"object": model._meta.verbose_name}


_lazy_formatted = lazy(_formatted, str)


def _init_with_lazy_texts(self, model=None, **kwargs):
    _upstream_init(self, model=model, **kwargs)
    for attribute, msgid in CHOOSER_TEXTS.items():
        setattr(self, attribute, _lazy_formatted(msgid, self.model))


def install():
    """Called from EditorialConfig.ready()."""
    AdminSnippetChooser.__init__ = _init_with_lazy_texts
