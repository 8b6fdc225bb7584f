"""The news section with items across every category and issuer (data/news.toml)."""

import datetime

from home.factories import paragraphs
from images.factories import CustomImageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory

from ..files import read


def load(ctx):
    data = read("news.toml")
    index = NewsIndexPageFactory(parent=ctx["home"], **data["index"], publish=True)
    news = {}
    for fields in data["items"]:
        image = CustomImageFactory(**fields["image"]) if "image" in fields else None
        issuer = ctx["partners"][fields["issuer"]] if "issuer" in fields else None
        item = NewsPageFactory(
            parent=index,
            title=fields["title"],
            category=fields["category"],
            issuer=issuer,
            date=ctx["today"] - datetime.timedelta(days=fields["days_ago"]),
            teaser=fields["teaser"],
            body=paragraphs(*fields["body"]),
            image=image,
        )
        item.partners.set([issuer] if issuer else ctx["joint_partners"])
        item.tags.add(*fields["tags"])
        item.save_revision().publish()
        news[item.title] = item
    ctx["pages"][index.slug] = index
    ctx["news"] = news
