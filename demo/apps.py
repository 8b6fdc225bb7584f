from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content as data files (demo/data/) and the commands that load them. It sits
    at the top of the import direction: it may import every app, no app imports it."""

    name = "demo"
