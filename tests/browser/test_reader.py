"""The reader in a real browser (Debian's Chromium, headless): the seed article right to left, an entity
click, a search with a facet, the hostile article inert, the offline API docs. Screenshots go to
test-artifacts/."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

HEADLINE = "ويتكوف وكوشنر يخططان لزيارة موسكو ولقاء بوتين"


def test_seed_article_reads_right_to_left(live, page, screenshot):
    page.goto(f"{live.base}/articles/{live.seed_id}")
    assert page.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    assert page.evaluate("getComputedStyle(document.querySelector('article .body p')).direction") == "rtl"
    headline = page.locator("h1.headline")
    assert headline.is_visible() and headline.inner_text() == HEADLINE
    caption = page.locator("figcaption .caption")
    assert caption.is_visible() and caption.inner_text().startswith("المبعوث الرئاسي الروسي كيريل دميترييف")
    assert page.locator("figcaption .credit").inner_text().endswith("REUTERS")
    assert page.locator(".kicker").first.inner_text() == "محادثات أوكرانيا"
    assert "4" in page.locator(".reading-time").inner_text()
    # right to left on screen: the article column is on the right, its first line starts at its right edge
    article = page.locator("article.article").bounding_box()
    panels = page.locator("aside.panels").bounding_box()
    assert article["x"] > panels["x"]
    dateline = page.locator(".body .dateline").bounding_box()
    assert abs((dateline["x"] + dateline["width"]) - (article["x"] + article["width"])) < 4
    assert page.locator("#quotes h3").count() == 2
    shot = screenshot(page, "seed-article")
    assert shot.stat().st_size > 20_000


def test_click_an_entity_opens_its_page(live, page, screenshot):
    page.goto(f"{live.base}/articles/{live.seed_id}")
    page.locator(".body a.entity-PER", has_text="ستيف ويتكوف").first.click()
    page.wait_for_url("**/entities/**")
    assert page.locator("h1").inner_text() == "ستيف ويتكوف"
    assert page.locator("svg.chart rect").count() == 2  # the seed (13 Jan) and the follow-up (15 Jan)
    assert page.locator("text=Steve Witkoff").is_visible()
    screenshot(page, "entity-witkoff")
    page.locator(".panel a", has_text="الكرملين: ويتكوف وكوشنر").click()
    page.wait_for_url(f"**/articles/{live.follow_id}")


def test_run_a_search_and_pick_a_facet(live, page, screenshot):
    page.goto(live.base + "/")
    box = page.locator("header .searchbox input[name=q]")
    box.fill("اوكرانيا")
    box.press("Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator("li.hit").count() == 2
    assert page.locator("li.hit mark").first.inner_text() == "أوكرانيا"
    screenshot(page, "search-ukraine")
    page.locator(".facet a", has_text="وكالة الاختبار").click()
    page.wait_for_load_state()
    assert page.locator("li.hit").count() == 1
    assert page.locator("li.hit a.title").inner_text() == "الكرملين: ويتكوف وكوشنر في موسكو الأسبوع المقبل"


def test_hostile_article_runs_nothing(live, page, screenshot):
    dialogs, errors, requests = [], [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{live.base}/articles/{live.hostile_id}")
    page.wait_for_load_state("networkidle")
    page.locator(".body a.entity").first.hover()
    page.locator("h1.headline").hover()
    assert dialogs == [] and errors == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('article script, article img, article iframe, article style').length") == 0
    assert page.evaluate("getComputedStyle(document.body).backgroundImage") == "none"
    assert "<script>window.__pwned = 1" in page.locator("h1.headline").inner_text()  # shown as text
    assert all(url.startswith(live.base) for url in requests), requests  # nothing fetched from elsewhere
    screenshot(page, "hostile-article")


def test_english_interface_and_offline_api_docs(live, page, screenshot):
    page.goto(f"{live.base}/articles/{live.seed_id}")
    page.locator("nav a.switch").click()
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.dir") == "ltr"
    assert page.evaluate("getComputedStyle(document.querySelector('article')).direction") == "rtl"
    assert page.locator("#quotes h2").inner_text() == "Quotes and sources"
    screenshot(page, "seed-article-english-interface")
    page.goto(f"{live.base}/docs")
    page.wait_for_selector(".swagger-ui .opblock")
    operations = page.locator("table.endpoints tr.endpoint").count()
    assert operations >= 13 and page.locator(".swagger-ui .opblock").count() == operations
    screenshot(page, "api-docs")
