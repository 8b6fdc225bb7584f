from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """What the operator runs on a live install: backup and restore. It sits at the top of
    the import direction beside demo: it may import every app, no app imports it."""

    name = "operations"
