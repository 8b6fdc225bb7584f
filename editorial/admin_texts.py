"""Admin texts in the language of each request where Wagtail fixes them once.

Wagtail's snippet chooser formats "Choose %(object)s" when a form class is first built, in the
language active then, and the form class is kept for the life of the process: after a first
request in English (a permitted admin language), every editor read "Choose partner". Here the
three texts are formatted each time they are read (tests/canaries, place 26)."""

from django.utils.translation import gettext

from wagtail.snippets.widgets import AdminSnippetChooser

CHOOSER_TEXTS = {
    "choose_one_text": "Choose %(object)s",
    "choose_another_text": "Choose another %(object)s",
    "link_to_chosen_text": "Edit this %(object)s",
}


def _text_of_request(msgid):
    def read(widget):
        # Wagtail's own msgids, translated by its catalogue (a variable: not ours to extract).
        return gettext(msgid) % {"object": widget.model._meta.verbose_name}

    def ignore(widget, value):
        """Wagtail's __init__ assigns the text in the language of that moment."""

    return property(read, ignore)


def install():
    """Called from EditorialConfig.ready()."""
    for attribute, msgid in CHOOSER_TEXTS.items():
        setattr(AdminSnippetChooser, attribute, _text_of_request(msgid))
