"""Time expressions resolved against the article's date, at the precision the text allows."""

from datetime import date

import pytest

from kg.extract.timex import find_time, parse_doc_date

ARTICLE = (date(2023, 9, 5), "day")  # a Tuesday


@pytest.mark.parametrize(("sentence", "future", "iso", "precision"), [
    ("Kim Jong-un se rendrait à Vladivostok entre le 10 et le 13 septembre.", True, "2023-09-10", "day"),
    ("a assuré Washington ce lundi 4 septembre", False, "2023-09-04", "day"),
    ("Le sommet aura lieu mardi prochain.", True, "2023-09-12", "day"),
    ("Ils se sont rencontrés lundi dernier.", False, "2023-09-04", "day"),
    ("La visite est prévue la semaine prochaine.", True, "2023-09", "month"),
    ("Sergueï Choïgou s'était rendu à Pyongyang en juillet.", False, "2023-07", "month"),
    ("Le traité avait été signé en 2001.", False, "2001", "year"),
    ("Le ministre est arrivé hier à Pékin.", False, "2023-09-04", "day"),
    ("Il rencontrera demain son homologue.", True, "2023-09-06", "day"),
])
def test_expressions_are_resolved_against_the_article_date(sentence, future, iso, precision):
    value = find_time(sentence, ARTICLE, future)
    assert (value.iso, value.precision) == (iso, precision)


def test_no_false_dates_and_no_relative_day_without_the_article_day():
    assert find_time("Le pays a renforcé sa coopération avec la Russie.", ARTICLE, False) is None
    assert find_time("Il est arrivé hier.", (date(2023, 9, 1), "month"), False) is None


def test_article_dates_of_every_precision():
    assert parse_doc_date("2023-09-05") == (date(2023, 9, 5), "day")
    assert parse_doc_date("2023-09") == (date(2023, 9, 1), "month")
    assert parse_doc_date("2023") == (date(2023, 1, 1), "year")
    assert parse_doc_date("not a date") is None
