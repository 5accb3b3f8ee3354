"""The blog kit: index.html plays from disk and from a server, with thumbnails, transcript,
captions and snippets; the pieces it is made of."""
from __future__ import annotations

import html
import json
import threading

import numpy as np
import pytest
from click.testing import CliRunner
from PIL import Image

from render import cli
from scenes.kit import theme as themes
from scenes.output import blogkit, preview, stitch
from tests.browser import browser, open_page  # noqa: F401  (browser is a fixture)
from tests.firefox import firefox  # noqa: F401  (a fixture)

CHAPTERS = ["intro", "cost"]
TINY = ["--size", "160x90", "--fps", "5"]


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("kit")
    result = CliRunner().invoke(cli, ["video", "--preset", "tiny", "--chapters", ",".join(CHAPTERS), "--out", str(out),
                                      "--voice", "none", "--jobs", "2", *TINY])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def manifest(out):
    return json.loads((out / "manifest.json").read_text())


# --- what the kit writes ---

def test_every_chapter_has_a_thumbnail_taken_from_its_clip(out, manifest, tmp_path):
    for ch in manifest["chapters"]:
        thumb = out / ch["file"].replace(".mp4", ".png")
        again = stitch.still_frame(out / ch["file"], ch["duration_s"] * blogkit.THUMBNAIL_AT, tmp_path / "again.png")
        assert np.array_equal(np.asarray(Image.open(thumb)), np.asarray(Image.open(again)))
        # the clip's snippet (shown escaped in its text box) uses it as the poster
        assert html.escape(f'poster="{ch["file"].replace(".mp4", ".png")}"') in (out / "index.html").read_text()


def test_the_page_has_no_crossorigin_and_carries_its_cues(out):
    page = (out / "index.html").read_text()
    assert "crossorigin" not in page
    inline = json.loads(page.split('<script type="application/json" id="cues">')[1].split("</script>")[0])
    vtt = (out / "how-neural-nets-learn.vtt").read_text()
    assert len(inline) == vtt.count(" --> ")
    assert inline[0]["text"].split()[0] in vtt


def test_the_transcript_gives_each_narration_section_at_its_time(manifest):
    lines = blogkit.transcript(manifest["chapters"])
    assert [c["title"] for c in lines] == [c["title"] for c in manifest["chapters"]]
    second = manifest["chapters"][1]
    assert lines[1]["lines"][0]["start_s"] == pytest.approx(manifest["chapters"][0]["duration_s"]
                                                            + second["narration"][0]["start_s"])


def test_snippets_give_the_poster_and_both_sources_when_both_were_made(tmp_path):
    (tmp_path / "chapters").mkdir()
    for suffix in (".webm", ".mp4"):
        (tmp_path / "chapters" / f"02-init{suffix}").write_bytes(b"")
    entry = {"title": "Init", "file": "chapters/02-init.webm", "subtitles": {"vtt": "chapters/02-init.vtt"}}
    snippet = blogkit.embed_snippet(entry, "chapters/02-init.png", blogkit.twins(tmp_path, entry["file"]))
    assert 'poster="chapters/02-init.png"' in snippet
    webm, mp4 = snippet.index('type="video/webm"'), snippet.index('type="video/mp4"')
    assert webm < mp4   # the smaller first; every browser can fall back to mp4
    assert blogkit.twins(tmp_path, "chapters/09-none.mp4") == ["chapters/09-none.mp4"]


def test_the_index_links_the_replay_and_hands_out_its_iframe(out):
    page = (out / "index.html").read_text()
    assert 'href="replay.html"' in page and "&lt;iframe src=&quot;replay.html&quot;" in page
    assert (out / "replay.html").is_file() and (out / "replay.json").is_file()


@pytest.mark.parametrize("name", ["dark", "light"])
def test_the_pages_take_the_videos_theme(tmp_path, name):
    t = themes.THEMES[name]
    frame = Image.new("RGB", (160, 90), blogkit._rgb(t.background))
    frame.paste(Image.new("RGB", (40, 30), blogkit._rgb(t.text)), (60, 30))
    frame.save(tmp_path / "f.png")
    assert blogkit.video_theme(tmp_path / "f.png") is t
    assert f"--background: {t.background};" in blogkit.theme_css(t)


def test_a_rendered_dark_run_gives_dark_pages(out):
    for page in ("index.html", "replay.html"):
        assert f"--background: {themes.DARK.background};" in (out / page).read_text()


# --- index.html in Chromium, from disk and from the preview server ---

@pytest.fixture(scope="module")
def served(out):
    server = preview.make_server(out, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield preview.address(server)
    server.shutdown()
    server.server_close()


def check_index(page, manifest) -> None:
    """Video loads with the right length, captions have cues, chapter links and transcript lines seek."""
    page.wait_for_function("document.getElementById('player').readyState >= 1", timeout=20000)
    total = sum(c["duration_s"] for c in manifest["chapters"])
    assert page.evaluate("document.getElementById('player').duration") == pytest.approx(total, abs=0.1)
    page.wait_for_function("Array.from(document.getElementById('player').textTracks)"
                           ".some(t => t.cues && t.cues.length > 3)", timeout=20000)
    assert page.evaluate("Array.from(document.querySelectorAll('#chapters img')).every(i => i.naturalWidth > 0)")
    start = manifest["chapters"][0]["duration_s"]
    page.click("#chapters li:nth-child(2) a")
    page.wait_for_function(f"Math.abs(document.getElementById('player').currentTime - {start}) < 0.5", timeout=10000)
    at = float(page.evaluate("document.querySelectorAll('#transcript p')[2].dataset.start"))
    page.click("#transcript p:nth-of-type(3)")
    page.wait_for_function(f"Math.abs(document.getElementById('player').currentTime - {at}) < 0.5", timeout=10000)
    assert page.errors == []


def test_index_html_works_opened_from_disk(browser, out, manifest):  # noqa: F811
    page = open_page(browser, (out / "index.html").as_uri())
    check_index(page, manifest)
    # from file:// the <track> gives nothing: the cues are the inlined ones
    assert page.evaluate("document.querySelectorAll('#player track').length") == 0
    page.close()


def test_index_html_works_served(browser, out, manifest, served):  # noqa: F811
    page = open_page(browser, served + "index.html")
    page.wait_for_function("document.querySelector('#player track').readyState === 2", timeout=20000)
    check_index(page, manifest)
    assert page.evaluate("document.getElementById('player').textTracks.length") == 1   # the .vtt's own
    page.close()


def test_index_html_works_in_firefox_opened_from_disk(firefox, out, manifest):  # noqa: F811
    page = firefox.new_page((out / "index.html").as_uri())
    check_index(page, manifest)
    assert page.evaluate("document.querySelectorAll('#player track').length") == 0
    page.close()


def test_index_html_works_in_firefox_served(firefox, out, manifest, served):  # noqa: F811
    page = firefox.new_page(served + "index.html")
    page.wait_for_function("document.querySelector('#player track').readyState === 2", timeout=20000)
    check_index(page, manifest)
    assert page.evaluate("document.getElementById('player').textTracks.length") == 1
    page.close()


def test_replay_html_works_opened_from_the_rendered_run(browser, out):  # noqa: F811
    page = open_page(browser, (out / "replay.html").as_uri())
    page.wait_for_function("window.replay !== undefined")
    assert page.inner_text("#cost") != "" and page.errors == []
    page.close()
