"""The weight of a first visit (issue 19): everything a browser with an empty cache downloads
for the German home page, fonts included, stays within 400 KB.

Static files are counted as production serves them: whitenoise (CompressedManifestStaticFiles-
Storage) sends text files (CSS, JavaScript, SVG) compressed, here counted gzipped at level 9
(brotli is smaller still), the test server sends them plain. Fonts and images count as they are;
the HTML counts uncompressed."""

import gzip

import pytest

pytestmark = pytest.mark.browser

BUDGET = 400 * 1000  # bytes
COMPRESSED_TYPES = ("text/css", "javascript", "image/svg+xml", "application/json")


@pytest.mark.parametrize("width", [1280, 390])
def test_the_first_visit_of_the_german_home_page_loads_at_most_400_kb(browser, site_url, width):
    context = browser.new_context(
        base_url=site_url, locale="de-DE", viewport={"width": width, "height": 900}
    )
    responses = []
    context.on("response", lambda response: responses.append(response))
    tab = context.new_page()
    try:
        tab.goto("/de/", wait_until="load")
        tab.evaluate("document.fonts.ready.then(() => true)")
        tab.wait_for_load_state("networkidle")
        sizes = {}
        for response in responses:
            if response.status >= 300:
                continue
            body = response.body()
            kind = response.headers.get("content-type", "")
            if kind.startswith(COMPRESSED_TYPES):
                body = gzip.compress(body, 9)
            sizes[response.url.removeprefix(site_url)] = len(body)
    finally:
        context.close()
    total = sum(sizes.values())
    listing = "\n".join(
        f"{size:>8} {url}" for url, size in sorted(sizes.items(), key=lambda i: -i[1])
    )
    assert any(".woff2" in url for url in sizes), "no font was loaded"
    assert all("FiraSans-" not in url for url in sizes), "KERN's unsubset fonts are loaded"
    assert total <= BUDGET, f"{total} bytes:\n{listing}"
    print(f"{total} bytes:\n{listing}")
