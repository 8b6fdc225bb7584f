"""Prevention topics and a material library with a generated PDF per language
(data/prevention.toml)."""

from home.factories import paragraphs
from prevention.factories import (
    PreventionIndexPageFactory,
    PreventionMaterialFactory,
    PreventionTopicPageFactory,
)
from prevention.models import PreventionTopicContact, PreventionTopicEvent

from ..files import read


def load(ctx):
    data = read("prevention.toml")
    index = PreventionIndexPageFactory(parent=ctx["home"], **data["index"], publish=True)
    topics = {}
    for fields in data["topics"]:
        topic = PreventionTopicPageFactory(
            parent=index,
            title=fields["title"],
            slug=fields["slug"],
            teaser=fields["teaser"],
            body=paragraphs(*fields["body"]),
        )
        for order, name in enumerate(fields["contacts"]):
            PreventionTopicContact.objects.create(
                page=topic, contact=ctx["contacts"][name], sort_order=order
            )
        for order, title in enumerate(fields["events"]):
            PreventionTopicEvent.objects.create(
                page=topic, event=ctx["events"][title], sort_order=order
            )
        topic.save_revision().publish()
        topics[topic.slug] = topic
    for fields in data["materials"]:
        PreventionMaterialFactory(
            **{**fields, "topics": [topics[slug] for slug in fields["topics"]]},
            issuer=None,
            publish=True,
        )
    ctx["pages"][index.slug] = index
