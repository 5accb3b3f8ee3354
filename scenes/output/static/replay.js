// The replay page: the real run behind the video, step by step, in the reader's hands.
// Reads the data inlined from replay.json (see scenes/output/replay.py); no network, no library.
// Everything shown is either a number from the run or computed from its weights by the
// same forward pass nncore does (a_out = act(W a_in + b)).
"use strict";
(function () {
  const DATA = JSON.parse(document.getElementById("replay-data").textContent);
  const THEME = JSON.parse(document.getElementById("theme-data").textContent);
  const SVG = "http://www.w3.org/2000/svg";
  const N_BUCKETS = 6;          // edge width steps per colour, as the video's diagram
  const SURENESS_LEVELS = 5;    // shades per class on the map, as the video's map

  // ---- the numbers --------------------------------------------------------------------

  function unpack(b64) {
    const bin = atob(b64);
    const view = new DataView(new ArrayBuffer(bin.length));
    for (let i = 0; i < bin.length; i++) view.setUint8(i, bin.charCodeAt(i));
    const out = new Float64Array(bin.length / 8);
    for (let i = 0; i < out.length; i++) out[i] = view.getFloat64(8 * i, true);
    return out;
  }

  const sizes = DATA.sizes;
  const steps = DATA.snapshots.steps;
  const params = unpack(DATA.snapshots.params);
  const perSnapshot = params.length / steps.length;
  const exampleX = unpack(DATA.examples.x);
  const nIn = sizes[0];

  // one snapshot's layers: weights row by row (n_out x n_in), then biases
  function layersAt(k) {
    const layers = [];
    let at = k * perSnapshot;
    for (let l = 0; l + 1 < sizes.length; l++) {
      const nI = sizes[l], nO = sizes[l + 1];
      const W = params.subarray(at, at + nO * nI); at += nO * nI;
      const b = params.subarray(at, at + nO); at += nO;
      layers.push({ W, b, nIn: nI, nOut: nO, act: DATA.activations[l] });
    }
    return layers;
  }

  const ACT = {
    sigmoid: (z) => 0.5 + 0.5 * Math.tanh(0.5 * z),   // nncore's form: never overflows
    tanh: Math.tanh,
    relu: (z) => Math.max(z, 0),
  };

  // every layer's activations for input x, the input first (as nncore's Pass.a)
  function forward(layers, x) {
    const acts = [Float64Array.from(x)];
    let a = acts[0];
    for (const L of layers) {
      const z = new Float64Array(L.nOut);
      for (let i = 0; i < L.nOut; i++) {
        let s = 0;
        const row = i * L.nIn;
        for (let j = 0; j < L.nIn; j++) s += L.W[row + j] * a[j];
        z[i] = s + L.b[i];
      }
      let out;
      if (L.act === "softmax") {
        const top = Math.max(...z);
        const e = z.map((v) => Math.exp(v - top));
        const sum = e.reduce((p, v) => p + v, 0);
        out = e.map((v) => v / sum);
      } else {
        out = z.map(ACT[L.act]);
      }
      acts.push(out);
      a = out;
    }
    return acts;
  }

  // the class named: argmax for several outputs, threshold 0.5 for one (as nncore)
  function guess(out) {
    if (out.length === 1) return out[0] >= 0.5 ? 1 : 0;
    let best = 0;
    for (let i = 1; i < out.length; i++) if (out[i] > out[best]) best = i;
    return best;
  }

  // how sure: top score minus the next; a lone output p reads as (1 - p, p)
  function sureness(out) {
    const s = (out.length === 1 ? [1 - out[0], out[0]] : Array.from(out)).sort((p, q) => p - q);
    const n = s.length;
    return Math.min(Math.max(s[n - 1] - s[n - 2], 0), 1);
  }

  function example(i) {
    return exampleX.subarray(i * nIn, (i + 1) * nIn);
  }

  // ---- colours ------------------------------------------------------------------------

  function rgb(hex) {
    const v = parseInt(hex.slice(1), 16);
    return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  }
  function mix(a, b, t) {
    const p = rgb(a), q = rgb(b);
    return "rgb(" + p.map((v, i) => Math.round(v + (q[i] - v) * t)).join(",") + ")";
  }
  const classColor = (c) => THEME.classes[c % THEME.classes.length];

  // 0..1 per neuron: |a|, scaled by the layer's largest when that is past 1 (as the video)
  function brightness(values) {
    const v = Array.from(values, Math.abs);
    const top = Math.max(0, ...v);
    return top > 1 ? v.map((x) => x / top) : v;
  }

  // ---- words --------------------------------------------------------------------------

  const fmtCost = (c) => c.toFixed(3);
  const fmtPercent = (a) => (100 * a).toFixed(1) + "%";
  function stepWords(step, epoch) {
    if (step === 0) return "before any step";
    const rounds = " \u00b7 practice round " + epoch;
    return (step === 1 ? "after 1 step" : "after " + step.toLocaleString("en") + " steps") + rounds;
  }

  function el(tag, attrs, parent) {
    const node = document.createElementNS(SVG, tag);
    for (const k in attrs) node.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(node);
    return node;
  }

  // ---- the network diagram ------------------------------------------------------------

  const diagram = (function () {
    const svg = document.getElementById("network");
    const shown = DATA.shown;
    const elided = shown.map((s, l) => s.length < sizes[l]);
    const pad = 14, most = Math.max(...shown.map((s, l) => s.length + (elided[l] ? 1 : 0)));
    const W = 560, H = Math.min(300, (most - 0.28) * 46 + 2 * pad + (elided.some((e) => e) ? 18 : 0) + 16);
    const labelsRight = DATA.outputs, labelsLeft = DATA.inputs || [];
    const charW = 7.5;
    const left = pad + charW * Math.max(0, ...labelsLeft.map((s) => s.length)) + (labelsLeft.length ? 8 : 0);
    const right = W - pad - charW * Math.max(0, ...labelsRight.map((s) => String(s).length)) - 8;
    const countH = elided.some((e) => e) ? 18 : 0;
    const slots = Math.max(...shown.map((s, l) => s.length + (elided[l] ? 1 : 0)));
    const spacing = Math.min(46, (H - 2 * pad - countH) / Math.max(slots - 1 + 0.72, 1e-9));
    const radius = Math.min(0.36 * spacing, 14);
    const x0 = left + radius, x1 = right - radius;
    const gap = Math.min(200, (x1 - x0) / Math.max(sizes.length - 1, 1));
    const xs = sizes.map((_, l) => W / 2 + (l - (sizes.length - 1) / 2) * gap);
    const top = pad + countH + (H - 2 * pad - countH) / 2;
    const centres = shown.map((s, l) => {
      const n = s.length + (elided[l] ? 1 : 0);
      let ys = Array.from({ length: n }, (_, k) => top + (k - (n - 1) / 2) * spacing);
      if (elided[l]) ys.splice(s.length / 2, 1);  // the middle slot holds the ellipsis
      return ys.map((y) => [xs[l], y]);
    });
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    const edgeLayer = el("g", { class: "edges" }, svg);
    const nodeLayer = el("g", { class: "neurons" }, svg);
    const edges = [];
    for (let p = 0; p + 1 < sizes.length; p++) {
      shown[p + 1].forEach((o, oi) => shown[p].forEach((i, ii) => {
        const [ax, ay] = centres[p][ii], [bx, by] = centres[p + 1][oi];
        const len = Math.hypot(bx - ax, by - ay), tx = (bx - ax) / len * radius, ty = (by - ay) / len * radius;
        const line = el("line", { x1: ax + tx, y1: ay + ty, x2: bx - tx, y2: by - ty }, edgeLayer);
        edges.push({ line, p, o, i });
      }));
    }
    const circles = shown.map((s, l) => s.map((idx, k) => {
      const [cx, cy] = centres[l][k];
      const c = el("circle", { cx, cy, r: radius, class: "neuron", "data-layer": l, "data-index": idx }, nodeLayer);
      el("title", {}, c);
      return c;
    }));
    shown.forEach((s, l) => {
      if (!elided[l]) return;
      const [cx, ya] = centres[l][s.length / 2 - 1], yb = centres[l][s.length / 2][1];
      for (const k of [-1, 0, 1]) el("circle", { cx, cy: (ya + yb) / 2 + k * 0.28 * (yb - ya - 2 * radius), r: 1.8, class: "dot" }, nodeLayer);
      const count = el("text", { x: cx, y: centres[l][0][1] - radius - 6, class: "count", "text-anchor": "middle" }, nodeLayer);
      count.textContent = sizes[l];
    });
    labelsRight.forEach((name, k) => {
      const [cx, cy] = centres[sizes.length - 1][k];
      const t = el("text", { x: cx + radius + 6, y: cy + 4, class: "label" }, nodeLayer);
      t.textContent = name;
    });
    labelsLeft.forEach((name, k) => {
      const [cx, cy] = centres[0][k];
      const t = el("text", { x: cx - radius - 6, y: cy + 4, class: "label", "text-anchor": "end" }, nodeLayer);
      t.textContent = name;
    });

    const maxW = 4.0, minW = 0.35;
    function setWeights(layers) {
      for (const e of edges) {
        const L = layers[e.p];
        const w = L.W[e.o * L.nIn + e.i];
        const share = Math.min(Math.abs(w) / DATA.weight_scale, 1);
        const step = Math.min(Math.floor(share * N_BUCKETS), N_BUCKETS - 1);
        const s = (step + 1) / N_BUCKETS;
        e.line.setAttribute("stroke", w >= 0 ? THEME.positive : THEME.negative);
        e.line.setAttribute("stroke-width", (minW + (maxW - minW) * s).toFixed(2));
        e.line.setAttribute("stroke-opacity", (0.4 + 0.6 * s).toFixed(2));
        e.line.dataset.w = String(w);
      }
    }
    function setActivations(acts) {
      circles.forEach((column, l) => {
        const lit = acts ? brightness(acts[l]) : null;
        column.forEach((c) => {
          const idx = +c.dataset.index;
          c.setAttribute("fill", lit ? mix(THEME.background, THEME.neuron_fill, lit[idx]) : THEME.background);
          c.dataset.a = acts ? String(acts[l][idx]) : "";
          c.firstChild.textContent = acts ? "activation " + acts[l][idx].toFixed(2) : "";
        });
      });
    }
    return { setWeights, setActivations };
  })();

  // ---- the cost curve -----------------------------------------------------------------

  const curve = (function () {
    const svg = document.getElementById("curve");
    const W = 420, H = 220, L = 46, R = 12, T = 12, B = 34;
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    const rec = DATA.records;
    const maxCost = Math.max(...rec.cost.filter(Number.isFinite), 1e-12);
    const sx = (s) => L + (W - L - R) * s / DATA.planned_steps;
    const sy = (c) => T + (H - T - B) * (1 - Math.min(c, maxCost) / maxCost);
    el("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, class: "axis" }, svg);
    el("line", { x1: L, y1: T, x2: L, y2: H - B, class: "axis" }, svg);
    const text = (x, y, s, cls, anchor) => { const t = el("text", { x, y, class: cls, "text-anchor": anchor || "start" }, svg); t.textContent = s; return t; };
    text(L - 6, T + 8, maxCost.toFixed(2), "tick", "end");
    text(L - 6, H - B, "0", "tick", "end");
    text(L, H - B + 16, "0", "tick", "middle");
    text(W - R, H - B + 16, DATA.planned_steps.toLocaleString("en"), "tick", "end");
    text((L + W - R) / 2, H - 4, "steps", "axis-label", "middle");
    const ylab = text(12, (T + H - B) / 2, "cost", "axis-label", "middle");
    ylab.setAttribute("transform", "rotate(-90 12 " + (T + H - B) / 2 + ")");
    const pts = rec.step.map((s, k) => sx(s).toFixed(1) + "," + sy(rec.cost[k]).toFixed(1)).join(" ");
    el("polyline", { points: pts, class: "cost-line", fill: "none", stroke: THEME.cost }, svg);
    const guide = el("line", { y1: T, y2: H - B, class: "guide" }, svg);
    const dot = el("circle", { r: 5, class: "marker", fill: THEME.highlight }, svg);
    function mark(step, cost) {
      guide.setAttribute("x1", sx(step)); guide.setAttribute("x2", sx(step));
      dot.setAttribute("cx", sx(step)); dot.setAttribute("cy", sy(cost));
    }
    return { mark };
  })();

  // ---- the examples: a decision map with points, or a row of pictures -------------------

  const count = DATA.examples.index.length;
  let view;
  if (DATA.kind === "point") view = pointView(); else view = rowView();

  function pointView() {
    const canvas = document.getElementById("map");
    const cells = DATA.map.cells;
    const [[x0, x1], [y0, y1]] = DATA.map.bounds;
    const side = canvas.width;
    const cell = side / cells;
    const inputs = [];
    for (let r = 0; r < cells; r++) for (let c = 0; c < cells; c++)
      inputs.push([x0 + (c + 0.5) * (x1 - x0) / cells, y1 - (r + 0.5) * (y1 - y0) / cells]);
    const toPx = (p) => [(p[0] - x0) / (x1 - x0) * side, (1 - (p[1] - y0) / (y1 - y0)) * side];
    const ctx = canvas.getContext("2d");
    let outputs = [];
    const legend = document.getElementById("legend");
    DATA.labels.forEach((name, c) => {
      const item = document.createElement("span");
      item.className = "legend-item";
      item.innerHTML = '<span class="swatch"></span>';
      item.firstChild.style.background = classColor(c);
      item.append(name);
      legend.appendChild(item);
    });
    function draw(layers, picked) {
      outputs = inputs.map((x) => forward(layers, x).at(-1));
      outputs.forEach((out, k) => {
        const level = Math.min(Math.floor(sureness(out) * SURENESS_LEVELS), SURENESS_LEVELS - 1);
        ctx.fillStyle = mix(THEME.background, classColor(guess(out)), 0.08 + 0.42 * (level + 1) / SURENESS_LEVELS);
        const r = Math.floor(k / cells), c = k % cells;
        ctx.fillRect(Math.floor(c * cell), Math.floor(r * cell), Math.ceil(cell) + 1, Math.ceil(cell) + 1);
      });
      for (let i = 0; i < count; i++) {
        const [px, py] = toPx(example(i));
        ctx.beginPath(); ctx.arc(px, py, 4, 0, 2 * Math.PI);
        ctx.fillStyle = classColor(DATA.examples.classes[i]); ctx.fill();
        ctx.lineWidth = 1; ctx.strokeStyle = THEME.background; ctx.stroke();
      }
      if (picked !== null) {
        const [px, py] = toPx(example(picked));
        ctx.beginPath(); ctx.arc(px, py, 8, 0, 2 * Math.PI);
        ctx.lineWidth = 2.5; ctx.strokeStyle = THEME.text; ctx.stroke();
      }
      const layersOut = forward(layers, example(picked)).at(-1);
      const g = guess(layersOut), truth = DATA.examples.classes[picked];
      document.getElementById("picked").innerHTML = "";
      document.getElementById("picked").append(pickedWords(picked, g, truth));
    }
    canvas.addEventListener("click", (ev) => {
      const box = canvas.getBoundingClientRect();
      const mx = (ev.clientX - box.left) * side / box.width, my = (ev.clientY - box.top) * side / box.height;
      let best = 0, bestD = Infinity;
      for (let i = 0; i < count; i++) {
        const [px, py] = toPx(example(i));
        const d = (px - mx) ** 2 + (py - my) ** 2;
        if (d < bestD) { bestD = d; best = i; }
      }
      pick(best);
    });
    // from the keyboard: the arrow keys walk through the points
    canvas.addEventListener("keydown", (ev) => {
      const by = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[ev.key];
      if (!by) return;
      ev.preventDefault();
      pick((state.example + by + count) % count);
    });
    return { draw, mapState: () => ({ cells, inputs, outputs: outputs.map((o) => Array.from(o)) }) };
  }

  function pickedWords(i, g, truth) {
    const span = document.createElement("span");
    span.append("Picked: " + DATA.labels[truth] + ". The network says: ");
    const b = document.createElement("b");
    b.textContent = DATA.labels[g] !== undefined ? DATA.labels[g] : String(g);
    b.className = g === truth ? "right" : "wrong";
    span.append(b, ".");
    return span;
  }

  function rowView() {
    const row = document.getElementById("examples");
    const cards = [];
    for (let i = 0; i < count; i++) {
      const card = document.createElement("button");
      card.className = "example";
      card.dataset.index = i;
      const canvas = document.createElement("canvas");
      paintExample(canvas, example(i));
      const words = document.createElement("span");
      words.className = "guess";
      card.append(canvas, words);
      card.addEventListener("click", () => pick(i));
      row.appendChild(card);
      cards.push({ card, words });
    }
    function draw(layers, picked) {
      cards.forEach(({ card, words }, i) => {
        const g = guess(forward(layers, example(i)).at(-1));
        const truth = DATA.examples.classes[i];
        words.textContent = DATA.labels[g] !== undefined ? DATA.labels[g] : String(g);
        words.className = "guess " + (g === truth ? "right" : "wrong");
        card.title = "is " + DATA.labels[truth] + ", the network says " + words.textContent;
        card.classList.toggle("picked", i === picked);
      });
      const g = guess(forward(layers, example(picked)).at(-1));
      document.getElementById("picked").innerHTML = "";
      document.getElementById("picked").append(pickedWords(picked, g, DATA.examples.classes[picked]));
    }
    return { draw, mapState: () => null };
  }

  // a square picture's pixels lit like neurons; other numbers as bars (as the video)
  function paintExample(canvas, x) {
    const side = Math.round(Math.sqrt(x.length));
    const ctx = canvas.getContext("2d");
    if (DATA.kind === "image" && side * side === x.length) {
      canvas.width = canvas.height = side;
      x.forEach((v, k) => {
        ctx.fillStyle = mix(THEME.background, THEME.neuron_fill, Math.min(Math.abs(v), 1));
        ctx.fillRect(k % side, Math.floor(k / side), 1, 1);
      });
    } else {
      canvas.width = canvas.height = 48;
      ctx.fillStyle = THEME.background; ctx.fillRect(0, 0, 48, 48);
      const w = 48 / x.length;
      x.forEach((v, k) => {
        const h = Math.max(Math.min(Math.max(v, 0), 1) * 43, 0.5);
        ctx.fillStyle = THEME.neuron_fill;
        ctx.fillRect(k * w + 0.15 * w, 48 - h, 0.7 * w, h);
      });
    }
  }

  // ---- the step, the pick, the play button --------------------------------------------

  const slider = document.getElementById("step");
  const playButton = document.getElementById("play");
  slider.max = steps.length - 1;
  const storyPick = DATA.examples.index.indexOf(DATA.examples.story)   // the example the video follows;
  const state = { snapshot: 0, step: steps[0], example: storyPick >= 0 ? storyPick : 0, activations: null, map: null };

  function recordAt(step) {
    const k = DATA.records.step.indexOf(step);   // every snapshot has its record
    const r = DATA.records;
    return { step, epoch: r.epoch[k], cost: r.cost[k], train_accuracy: r.train_accuracy[k], test_accuracy: r.test_accuracy[k] };
  }

  function render() {
    const layers = layersAt(state.snapshot);
    const rec = recordAt(state.step);
    document.getElementById("step-words").textContent = stepWords(rec.step, rec.epoch);
    document.getElementById("cost").textContent = fmtCost(rec.cost);
    document.getElementById("train-acc").textContent = fmtPercent(rec.train_accuracy);
    document.getElementById("test-acc").textContent = fmtPercent(rec.test_accuracy);
    curve.mark(rec.step, rec.cost);
    diagram.setWeights(layers);
    const acts = forward(layers, example(state.example));
    diagram.setActivations(acts);
    view.draw(layers, state.example);
    state.activations = acts.map((a) => Array.from(a));
    state.map = view.mapState();
    document.body.dataset.step = String(state.step);
  }

  function setSnapshot(k) {
    state.snapshot = Math.max(0, Math.min(steps.length - 1, k));
    state.step = steps[state.snapshot];
    slider.value = String(state.snapshot);
    render();
  }

  function pick(i) {
    state.example = i;
    render();
  }

  slider.addEventListener("input", () => { stop(); setSnapshot(+slider.value); });
  let timer = null;
  function stop() {
    if (timer !== null) clearInterval(timer);
    timer = null;
    playButton.textContent = "\u25b6 Play";
  }
  playButton.addEventListener("click", () => {
    if (timer !== null) return stop();
    if (state.snapshot === steps.length - 1) setSnapshot(0);
    playButton.textContent = "\u275a\u275a Pause";
    timer = setInterval(() => {
      if (state.snapshot >= steps.length - 1) return stop();
      setSnapshot(state.snapshot + 1);
    }, 350);
  });

  const stopped = DATA.stopped || {};
  document.getElementById("stopped").textContent = stopped.words
    ? "Training stopped after " + stopped.step.toLocaleString("en") + " steps because " + stopped.words + "." : "";
  setSnapshot(0);
  window.replay = { state, setSnapshot, pick, steps };
})();
