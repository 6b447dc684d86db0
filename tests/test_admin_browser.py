"""The curators' desk in a real headless Chromium (Debian's `chromium` and `chromium-driver`), driven by
Selenium against pytest-django's live server: a curator's day, end to end.

Screenshots of the article list and an article page go to $ADMIN_ARTIFACTS (default var/artifacts/).
Without /usr/bin/chromium the tests skip, saying so; with CI set they fail instead: CI installs it.
"""

import os
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command

from articles.entities import add_mention
from articles.models import Article, Entity, Mention

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(os.environ.get("ADMIN_ARTIFACTS", Path(settings.BASE_DIR) / "var" / "artifacts"))
PASSWORD = "a-curator-password-for-tests"
WAIT = 20  # seconds: the machine is shared, pages can be slow to come


def _require_browser():
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not path.exists()]
    if not missing:
        return
    reason = f"no browser: {', '.join(missing)} missing (apt-get install chromium chromium-driver)"
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the browser tests: {reason}")
    pytest.skip(reason)


@pytest.fixture
def browser():
    _require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-quic",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--lang=ar",
    ]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.implicitly_wait(WAIT)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _wait(browser, condition):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, WAIT).until(condition)


@contextmanager
def _new_page(browser):
    """Waits, after the block, until the page it left is gone: the URL changes before the new
    document is there, and an element found in between is the old page's (a stale element, seen
    once in a full run)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.expected_conditions import staleness_of

    old = browser.find_element(By.TAG_NAME, "html")
    yield
    _wait(browser, staleness_of(old))


def _screenshot(browser, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    # The whole page, not the window: set the window to the document's height first.
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1400, min(max(height, 1000), 4000))
    browser.save_screenshot(str(ARTIFACTS / name))
    browser.set_window_size(1400, 1000)


def _log_in(browser, live_server, username):
    from selenium.webdriver.common.by import By

    browser.get(f"{live_server.url}/admin/login/?next=/admin/articles/article/")
    browser.find_element(By.ID, "id_username").send_keys(username)
    browser.find_element(By.ID, "id_password").send_keys(PASSWORD)
    with _new_page(browser):
        browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    _wait(browser, lambda b: b.current_url.endswith("/admin/articles/article/"))


@pytest.mark.django_db(transaction=True)
def test_a_curators_day_in_chromium(browser, live_server, curator_group):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    call_command("import_seeds", verbosity=0)
    curator = User.objects.create_user("amal", password=PASSWORD, is_staff=True)
    curator.groups.add(curator_group)
    article = Article.objects.get(origin_file="003_071eff8cf92bc83d.txt", segment=0)
    title = article.title

    _log_in(browser, live_server, "amal")
    assert browser.execute_script("return document.documentElement.dir") == "rtl"
    _screenshot(browser, "article-list.png")

    # Search as a curator types: ى for ي.
    search = browser.find_element(By.ID, "searchbar")
    search.send_keys("السودانى")
    with _new_page(browser):
        search.submit()
    _wait(browser, lambda b: "q=" in b.current_url)
    with _new_page(browser):
        browser.find_element(By.LINK_TEXT, title).click()
    _wait(browser, lambda b: f"/admin/articles/article/{article.pk}/change/" in b.current_url)
    assert browser.find_element(By.CSS_SELECTOR, "pre.raw-text").get_attribute("dir") == "rtl"
    _screenshot(browser, "article-page.png")

    # Edit the title and save.
    field = browser.find_element(By.ID, "id_title")
    field.clear()
    field.send_keys("عنوان صححه أمين التحرير")
    browser.find_element(By.NAME, "_continue").click()
    _wait(browser, lambda b: b.find_elements(By.CSS_SELECTOR, "ul.messagelist li.success"))
    article.refresh_from_db()
    assert article.title == "عنوان صححه أمين التحرير"

    # History shows the change and who made it; the first version is reverted.
    with _new_page(browser):
        browser.find_element(By.CSS_SELECTOR, "a.historylink").click()
    _wait(browser, lambda b: "/history/" in b.current_url)
    history = browser.find_element(By.ID, "content").text
    assert "عنوان صححه أمين التحرير" in history
    assert "amal" in history
    versions = browser.find_elements(By.CSS_SELECTOR, "#change-history tbody tr td:first-child a")
    versions[-1].click()  # the oldest: as imported
    _wait(browser, lambda b: b.find_elements(By.CSS_SELECTOR, "input[name=_save]"))
    browser.find_element(By.CSS_SELECTOR, "input[name=_save]").click()
    _wait(browser, lambda b: b.find_elements(By.CSS_SELECTOR, "ul.messagelist li.success"))
    article.refresh_from_db()
    assert article.title == title
    assert article.history.count() == 3

    # Two entities for one man: merge them and watch his mentions move.
    survivor = Entity.objects.get(name="محمد شياع السوداني")
    twin = Entity.objects.create(name="شياع السوداني", kind=Entity.Kind.PERSON)
    other_article = Article.objects.exclude(mentions__entity=survivor).first()
    add_mention(other_article, twin)
    browser.get(f"{live_server.url}/admin/articles/entity/?q=السوداني")
    for entity in (survivor, twin):
        browser.find_element(By.CSS_SELECTOR, f"input[name=_selected_action][value='{entity.pk}']").click()
    Select(browser.find_element(By.NAME, "action")).select_by_value("merge")
    browser.find_element(By.NAME, "index").click()
    _wait(browser, lambda b: b.find_elements(By.ID, "merge-preview"))
    preview = browser.find_element(By.ID, "merge-preview").text
    assert "شياع السوداني" in preview
    browser.find_element(By.ID, f"survivor-{survivor.pk}").click()
    browser.find_element(By.CSS_SELECTOR, "#content form input[type=submit]").click()
    _wait(browser, lambda b: b.find_elements(By.CSS_SELECTOR, "ul.messagelist li.success"))
    assert not Entity.objects.filter(pk=twin.pk).exists()
    assert Mention.objects.filter(article=other_article, entity=survivor).exists()

    # The survivor's articles, one click from its page, now include the moved mention's article.
    browser.get(f"{live_server.url}/admin/articles/entity/{survivor.pk}/change/")
    with _new_page(browser):
        browser.find_element(By.CSS_SELECTOR, ".field-articles_link a").click()
    _wait(browser, lambda b: "entity=" in b.current_url)
    listed = browser.find_element(By.ID, "result_list").text
    assert other_article.title[:30] in listed
    assert title[:30] in listed


def test_missing_browser_skips_outside_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(Path, "exists", lambda self: False)
    with pytest.raises(pytest.skip.Exception, match=r"^no browser: /usr/bin/chromium, /usr/bin/chromedriver missing"):
        _require_browser()


def test_missing_browser_fails_in_ci(monkeypatch):
    monkeypatch.setenv("CI", "1")
    monkeypatch.setattr(Path, "exists", lambda self: False)
    with pytest.raises(pytest.fail.Exception, match=r"^CI must run the browser tests: no browser"):
        _require_browser()
