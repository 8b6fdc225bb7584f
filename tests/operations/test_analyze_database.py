"""manage.py analyze_database: the query planner's statistics, on both databases."""

from django.core.management import call_command
from django.db import connection

import pytest

from news.factories import NewsPageFactory


@pytest.mark.django_db
def test_the_statistics_count_the_pages_of_the_tree(news_index, capsys):
    for number in range(3):
        NewsPageFactory(parent=news_index, title=f"Meldung {number}", publish=True)
    call_command("analyze_database")
    assert "Statistics refreshed" in capsys.readouterr().out
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'news_newspage'")
            rows = int(cursor.fetchone()[0].split()[0])
        else:
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'news_newspage'")
            rows = int(cursor.fetchone()[0])
    assert rows == 3
