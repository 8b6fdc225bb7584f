"""The three cooperation partners and their contact persons (data/partners.toml)."""

from images.factories import CustomImageFactory
from partners.factories import ContactPersonFactory, PartnerFactory

from ..files import read


def load(ctx):
    data = read("partners.toml")
    partners = {}
    for fields in data["partners"]:
        fields = dict(fields)
        key = fields.pop("key")
        if "logo" in fields:
            fields["logo"] = CustomImageFactory(**fields["logo"])
        partners[key] = PartnerFactory(**fields, publish=True)
    contacts = {}
    for fields in data["contacts"]:
        fields = {**fields, "partner": partners[fields["partner"]]}
        contacts[fields["name"]] = ContactPersonFactory(**fields, publish=True)
    ctx.update(
        partners=partners,
        joint_partners=[partners[key] for key in data["joint"]],
        contacts=contacts,
    )
