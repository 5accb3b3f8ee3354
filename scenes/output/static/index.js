// index.html: chapter links and transcript lines seek the video; captions work from disk too.
"use strict";
(function () {
  const player = document.getElementById("player");
  const cues = JSON.parse(document.getElementById("cues").textContent);

  // A <track> loaded from file:// gives no cues (and a cross-origin video would not load at
  // all): opened from disk, the page makes its captions from the cues inlined above.
  function inlineCaptions() {
    if (!cues.length || player.dataset.inlineCaptions) return;
    player.dataset.inlineCaptions = "yes";
    for (const t of player.querySelectorAll("track")) t.remove();
    const track = player.addTextTrack("captions", "English", "en");
    for (const c of cues) track.addCue(new VTTCue(c.start, c.end, c.text));
    track.mode = "showing";
  }
  const trackElement = player.querySelector("track");
  if (location.protocol === "file:") inlineCaptions();
  else if (trackElement) trackElement.addEventListener("error", inlineCaptions);

  function seek(seconds) {
    player.currentTime = seconds;
    player.play().catch(() => {});   // a browser may refuse to play unasked: the seek still holds
  }
  for (const link of document.querySelectorAll("#chapters a")) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      seek(parseFloat(link.dataset.start));
    });
  }
  const lines = Array.from(document.querySelectorAll("#transcript p"));
  for (const line of lines) line.addEventListener("click", () => seek(parseFloat(line.dataset.start)));

  // the line being spoken, and its chapter, marked as the video plays
  const links = Array.from(document.querySelectorAll("#chapters a"));
  function current(list, t) {
    let found = null;
    for (const el of list) if (parseFloat(el.dataset.start) <= t + 0.05) found = el;
    return found;
  }
  player.addEventListener("timeupdate", () => {
    const t = player.currentTime;
    for (const list of [lines, links]) {
      const now = current(list, t);
      for (const el of list) el.classList.toggle("current", el === now);
    }
  });

  // a link to index.html#t=75 starts there
  const m = /^#t=([\d.]+)$/.exec(location.hash);
  if (m) player.addEventListener("loadedmetadata", () => { player.currentTime = parseFloat(m[1]); }, { once: true });
})();
