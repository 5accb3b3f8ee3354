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
    # the thumbnails decode, waited for: under load (CI beside a render, 9d80eb9) the check came
    # before the last lazy image had arrived; a broken one still times out here
    page.wait_for_function("Array.from(document.querySelectorAll('#chapters img'))"
                           ".every(i => i.complete && i.naturalWidth > 0)", timeout=20000)
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


# --- the page-writing functions on small hand-made entries (no render: fast, for bench/mutation.py) ---

ENTRIES = [
    {"title": "Intro <1>", "file": "chapters/01-intro.mp4", "duration_s": 65.5,
     "subtitles": {"vtt": "chapters/01-intro.vtt"},
     "cues": [{"text": "Hello & welcome", "start_s": 1.0004, "end_s": 2.5}],
     "narration": [{"start_s": 0.25, "text": "Hello & welcome"}, {"start_s": 30.0, "text": "a <b> label"}]},
    {"title": "Cost", "file": "chapters/02-cost.mp4", "duration_s": 3600.0,
     "cues": [{"text": "The cost", "start_s": 0.7, "end_s": 1.2344}], "narration": [{"start_s": 2.0, "text": "The cost"}]},
    {"title": "End", "file": "chapters/03-end.gif", "duration_s": 10.0},
]


def test_timestamps_and_chapter_starts():
    assert [blogkit.timestamp(s) for s in (0, 5.9, 59.99, 60, 65.5, 3599, 3600, 3725)] == \
        ["0:00", "0:05", "0:59", "1:00", "1:05", "59:59", "1:00:00", "1:02:05"]
    assert blogkit.chapter_starts(ENTRIES) == [0.0, 65.5, 3665.5]
    assert blogkit.chapters_txt(ENTRIES) == "0:00 Intro <1>\n1:05 Cost\n1:01:05 End\n"
    assert blogkit.shifted_cues(ENTRIES) == [{"text": "Hello & welcome", "start_s": 1.0004, "end_s": 2.5},
                                             {"text": "The cost", "start_s": 65.5 + 0.7, "end_s": 65.5 + 1.2344}]
    assert blogkit.transcript(ENTRIES) == [
        {"title": "Intro <1>", "start_s": 0.0, "lines": [{"start_s": 0.25, "text": "Hello & welcome"},
                                                         {"start_s": 30.0, "text": "a <b> label"}]},
        {"title": "Cost", "start_s": 65.5, "lines": [{"start_s": 67.5, "text": "The cost"}]},
        {"title": "End", "start_s": 3665.5, "lines": []}]


def test_colours_mix_and_the_theme_becomes_css_variables():
    assert blogkit._rgb("#102030") == (16, 32, 48) and blogkit._rgb("FFFFFF") == (255, 255, 255)
    assert blogkit._mix("#000000", "#FFFFFF", 0.5) == "#808080" and blogkit._mix("#0A0B0C", "#FFFFFF", 0) == "#0A0B0C"
    assert blogkit._mix("#000000", "#C86400", 0.25) == "#321900"
    assert blogkit._mix("#102030", "#FFFFFF", 0.5) == "#889098"
    t = themes.THEMES["light"]
    css = blogkit.theme_css(t)
    assert css.startswith(":root {\n  color-scheme: light;\n  --background: " + t.background + ";\n")
    assert css.endswith(f"  --line: {blogkit._mix(t.background, t.text, 0.2)};\n}}")
    for name in ("text", "muted", "positive", "negative", "highlight", "right", "wrong", "cost", "accuracy"):
        assert f"  --{name}: {getattr(t, name)};\n" in css
    assert f"  --neuron-fill: {t.neuron_fill};\n  --neuron-stroke: {t.neuron_stroke};\n" in css
    assert f"  --panel: {blogkit._mix(t.background, t.text, 0.035)};\n" in css
    assert "color-scheme: dark;" in blogkit.theme_css(themes.THEMES["dark"])


def test_script_json_cannot_close_its_script_and_fill_reads_each_value_once():
    assert blogkit.script_json({"a": "</script><b>", "n": [1, 2.5]}) == '{"a":"<\\/script><b>","n":[1,2.5]}'
    with pytest.raises(ValueError):
        blogkit.script_json(float("nan"))
    assert blogkit.fill("{{a}} and {{b}}!", {"a": "{{b}}", "b": "x"}) == "{{b}} and x!"
    assert blogkit.fill("{{ a }} {a}", {"a": "x"}) == "{{ a }} {a}"


def test_video_tags_and_snippets():
    assert blogkit.video_tag(["a.webm", "a.mp4"], {"vtt": "a&b.vtt"}, "p<1>.png", element_id="player", width=640) == (
        '<video id="player" controls preload="metadata" playsinline width="640" poster="p&lt;1&gt;.png">\n'
        '  <source src="a.webm" type="video/webm">\n  <source src="a.mp4" type="video/mp4">\n'
        '  <track kind="captions" src="a&amp;b.vtt" srclang="en" label="English" default>\n</video>')
    assert blogkit.video_tag(["a.mp4"], {}, None) == \
        '<video controls preload="metadata" playsinline>\n  <source src="a.mp4" type="video/mp4">\n</video>'
    assert blogkit.embed_snippet(ENTRIES[2]) == '<img src="chapters/03-end.gif" alt="End" loading="lazy">'
    assert blogkit.embed_snippet({"title": "<x>", "file": "a\".gif"}) == '<img src="a&quot;.gif" alt="&lt;x&gt;" loading="lazy">'
    assert blogkit.embed_snippet(ENTRIES[0], "p.png") == blogkit.video_tag(
        ["chapters/01-intro.mp4"], {"vtt": "chapters/01-intro.vtt"}, "p.png", width=640)
    assert blogkit.embed_snippet(ENTRIES[1], None, ["x.webm"]).count("<source") == 1
    assert blogkit.snippet_block("A <b>", "one\ntwo\nthree") == (
        '  <div class="snippet"><h3>A &lt;b&gt;</h3>\n'
        '  <textarea readonly wrap="off" rows="3">one\ntwo\nthree</textarea></div>')
    assert 'rows="2">&lt;i&gt;</textarea>' in blogkit.snippet_block("h", "<i>")
    assert blogkit.replay_iframe() == ('<iframe src="replay.html" title="Replay the training run" width="100%" '
                                       'height="1400" style="border:0" loading="lazy"></iframe>')
    assert [blogkit.mime_type(n) for n in ("a.mp4", "b.webm", "c.gif")] == ["video/mp4", "video/webm", "image/gif"]


def test_the_index_page_by_hand():
    t = themes.THEMES["dark"]
    page = blogkit.index_html(ENTRIES, "v.mp4", "v.vtt", "v.png", ["t1.png", "t<2>.png", "t3.png"], t,
                              sources=["v.webm", "v.mp4"], title="My <net>")
    assert "<title>My &lt;net&gt;</title>" in page and "<h1>My &lt;net&gt;</h1>" in page
    assert blogkit.theme_css(t) in page and blogkit.static("page.css") in page and blogkit.static("index.js") in page
    assert ('  <li><a href="#t=65.500" data-start="65.500"><img src="t&lt;2&gt;.png" alt="" loading="lazy">'
            '<span class="time">1:05</span>Cost</a></li>') in page
    assert '<span class="time">0:00</span>Intro &lt;1&gt;</a></li>\n  <li>' in page
    assert ('  <h3>Intro &lt;1&gt;</h3>\n  <p data-start="0.250"><span class="time">0:00</span>Hello &amp; welcome</p>\n'
            '  <p data-start="30.000"><span class="time">0:30</span>a &lt;b&gt; label</p>\n  <h3>Cost</h3>') in page
    player = blogkit.video_tag(["v.webm", "v.mp4"], {"vtt": "v.vtt"}, "v.png", element_id="player")
    assert player.replace("\n", "\n  ") in page
    cues = json.loads(page.split('<script type="application/json" id="cues">')[1].split("</script>")[0])
    assert cues == [{"start": 1.0, "end": 2.5, "text": "Hello & welcome"}, {"start": 66.2, "end": 66.734, "text": "The cost"}]
    snippets = [blogkit.snippet_block("The whole video", blogkit.video_tag(["v.webm", "v.mp4"], {"vtt": "v.vtt"}, "v.png")),
                blogkit.snippet_block("Intro <1>", blogkit.embed_snippet(ENTRIES[0], "t1.png", ["chapters/01-intro.mp4"])),
                blogkit.snippet_block("Cost", blogkit.embed_snippet(ENTRIES[1], "t<2>.png", ["chapters/02-cost.mp4"])),
                blogkit.snippet_block("End", blogkit.embed_snippet(ENTRIES[2], "t3.png", ["chapters/03-end.gif"])),
                blogkit.snippet_block("The replay (readers step through the real run)", blogkit.replay_iframe())]
    assert "\n".join(snippets) in page
    # without captions: no track, no cues; one source given is the video itself
    bare = blogkit.index_html(ENTRIES[:1], "v.mp4", None, None, ["t1.png"], t,
                              clip_sources=[["chapters/01-intro.webm"]])
    assert '<script type="application/json" id="cues">[]</script>' in bare
    assert "<h1>How neural nets learn</h1>" in bare and '<source src="v.mp4" type="video/mp4">' in bare
    assert 'src="v.vtt"' not in bare and "chapters/01-intro.webm" in html.unescape(bare)


def test_the_replay_page_by_hand():
    t = themes.THEMES["light"]
    doc = {"sizes": [2, 4, 1], "dataset": "circles & <rings>", "kind": "point", "steps": [0, 1]}
    page = blogkit.replay_html(doc, t)
    assert "<title>Replay the training</title>" in page
    assert ('<p class="sub">The real run behind the video: a 2-4-1 network learning circles &amp; &lt;rings&gt;. '
            "Move the slider through its saved steps, or press play. <a href") in page
    assert blogkit.EXAMPLES_PANEL["point"] in page and blogkit.EXAMPLES_PANEL["row"] not in page
    theme = json.loads(page.split('id="theme-data">')[1].split("</script>")[0])
    assert theme == {"name": "light", "background": t.background, "text": t.text, "muted": t.muted,
                     "positive": t.positive, "negative": t.negative, "neuron_fill": t.neuron_fill,
                     "highlight": t.highlight, "cost": t.cost, "classes": list(t.classes)}
    assert json.loads(page.split('id="replay-data">')[1].split("</script>")[0]) == doc
    assert blogkit.static("replay.js") in page and blogkit.theme_css(t) in page
    rows = blogkit.replay_html({**doc, "kind": "row"}, t, title="Mine")
    assert blogkit.EXAMPLES_PANEL["row"] in rows and "<title>Mine</title>" in rows
