// tacitus dashboard: plain DOM and SVG. Every piece of text from the store goes in as
// textContent or an attribute value, never as HTML.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const QCOL = { 1: "var(--q1)", 2: "var(--q2)", 3: "var(--q3)", 4: "var(--q4)" };
const state = { offset: 0, limit: 25, total: 0, filter: null };

function $(id) { return document.getElementById(id); }

function el(tag, attrs, ...kids) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  }
  for (const kid of kids) {
    if (kid === null || kid === undefined) continue;
    node.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

async function api(path, params, options) {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== "") url.searchParams.set(k, v);
  }
  const res = await fetch(url, options);
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) throw new Error((body && body.detail) || ("HTTP " + res.status));
  return body;
}

function say(msg, bad) { const s = $("status"); s.textContent = msg; s.className = bad ? "err" : "muted"; }

// ------------------------------------------------------------------ start

async function start() {
  try {
    const h = await api("/api/health");
    $("counts").textContent = `${h.counts.articles} articles · ${h.counts.event_mentions} event reports · ` +
      `${h.counts.events} events · writes ${h.writes_enabled ? "enabled" : "disabled"}`;
    const book = await api("/api/codebook");
    for (const t of book.plover) $("plover").append(el("option", { value: t.event }, t.event.toLowerCase()));
    const pairs = await api("/api/dyads", { limit: 200 });
    for (const p of pairs) {
      $("dyads").append(el("option", { value: p.a + "|" + p.b }, `${p.a} – ${p.b} (${p.reports})`));
    }
  } catch (e) { say(e.message, true); }
  $("dyads").addEventListener("change", () => {
    const [a, b] = $("dyads").value.split("|");
    if (a && b) { $("actor-a").value = a; $("actor-b").value = b; show(); }
  });
  $("pick").addEventListener("submit", (ev) => { ev.preventDefault(); show(); });
  $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - state.limit); loadEvents(); });
  $("next").addEventListener("click", () => { state.offset += state.limit; loadEvents(); });
  $("code-form").addEventListener("submit", (ev) => { ev.preventDefault(); codeArticle(); });
  $("article-file").addEventListener("change", async () => {
    const f = $("article-file").files[0];
    if (f) $("article-text").value = await f.text();
  });
}

async function show() {
  const a = $("actor-a").value.trim().toUpperCase();
  const b = $("actor-b").value.trim().toUpperCase();
  if (!a) { say("Enter actor A (a country such as RUS, or a code such as RUSGOV).", true); return; }
  const since = $("since").value, until = $("until").value, plover = $("plover").value;
  state.filter = b ? { source: a, target: b, undirected: true, since, until, plover }
    : { actor: a, since, until, plover };
  state.offset = 0;
  say("Loading…");
  $("detail").hidden = true;
  try {
    await Promise.all([
      b ? loadTimeline(a, b, since, until) : noTimeline(a),
      loadNetwork(b ? null : a, since, until, plover, b ? [a, b] : [a]),
      loadMap(),
      loadEvents(),
      b ? loadClaims(a, b, since, until) : noClaims(),
    ]);
    say(b ? `${a} – ${b}` : `${a}`);
  } catch (e) { say(e.message, true); }
}

// ------------------------------------------------------------------ timeline

function noTimeline(a) {
  clear($("timeline")).append(el("p", { class: "muted" }, `Give actor B to see the timeline of ${a} and a partner.`));
  $("timeline-totals").textContent = "";
}

async function loadTimeline(a, b, since, until) {
  const t = await api(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeline`,
    { interval: $("interval").value, since, until });
  const box = clear($("timeline"));
  const tot = t.totals;
  $("timeline-totals").textContent = `${tot.reports} reports of ${tot.events} events · Goldstein sum ${tot.goldstein_sum} · ` +
    `asserted ${tot.status.asserted}, claimed ${tot.status.claimed}, denied ${tot.status.denied}`;
  if (!t.buckets.length) { box.append(el("p", { class: "muted" }, `No events between ${a} and ${b}.`)); return; }
  box.append(timelineSvg(t));
  const legend = el("div", { class: "legend" });
  for (const q of [1, 2, 3, 4]) {
    const i = el("i"); i.style.background = QCOL[q];
    legend.append(el("span", {}, i, QUAD[q]));
  }
  const line = el("i"); line.style.background = "var(--accent)";
  legend.append(el("span", {}, line, "mean Goldstein (right axis)"));
  box.append(legend);
}

function timelineSvg(t) {
  const W = 900, H = 260, L = 40, R = 40, T = 10, B = 40;
  const n = t.buckets.length;
  const maxN = Math.max(1, ...t.buckets.map((x) => x.reports));
  const bw = (W - L - R) / n;
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "timeline", id: "timeline-svg" });
  const y = (v) => T + (H - T - B) * (1 - v / maxN);
  const g = (v) => T + (H - T - B) * (1 - (v + 10) / 20);
  root.append(svg("line", { x1: L, x2: W - R, y1: H - B, y2: H - B, stroke: "#999" }));
  root.append(svg("text", { x: L - 6, y: y(maxN) + 4, "text-anchor": "end", "font-size": 11 }, maxN));
  root.append(svg("text", { x: L - 6, y: H - B, "text-anchor": "end", "font-size": 11 }, 0));
  root.append(svg("text", { x: W - R + 4, y: g(10) + 4, "font-size": 11 }, "+10"));
  root.append(svg("text", { x: W - R + 4, y: g(-10), "font-size": 11 }, "−10"));
  root.append(svg("line", { x1: L, x2: W - R, y1: g(0), y2: g(0), stroke: "#ccc", "stroke-dasharray": "3 3" }));
  const pts = [];
  const barW = Math.max(1, Math.min(bw * 0.7, 48));
  t.buckets.forEach((bk, i) => {
    const x = L + i * bw;
    const bx = x + (bw - barW) / 2;
    let acc = 0;
    for (const q of ["1", "2", "3", "4"]) {
      const v = bk.quad[q];
      if (!v) continue;
      const r = svg("rect", { x: bx, width: barW, y: y(acc + v), height: y(acc) - y(acc + v),
        fill: QCOL[q], class: "bar" });
      r.append(svg("title", {}, `${bk.period}: ${v} ${QUAD[q]}`));
      root.append(r);
      acc += v;
    }
    const other = bk.reports - acc;
    if (other > 0) {
      const r = svg("rect", { x: bx, width: barW, y: y(acc + other), height: y(acc) - y(acc + other), fill: "#ccc" });
      r.append(svg("title", {}, `${bk.period}: ${other} uncoded class`));
      root.append(r);
    }
    if (bk.goldstein_mean !== null) pts.push([x + bw / 2, g(bk.goldstein_mean), bk]);
    const every = Math.ceil(n / 12);
    if (i % every === 0) {
      root.append(svg("text", { x: x + bw / 2, y: H - B + 14, "text-anchor": "middle", "font-size": 11 }, bk.period));
    }
    const hit = svg("rect", { x, y: T, width: bw, height: H - T - B, fill: "transparent" });
    hit.append(svg("title", {}, `${bk.period}: ${bk.reports} reports, ${bk.events} events, Goldstein ${bk.goldstein_sum}; ` +
      `asserted ${bk.status.asserted}, claimed ${bk.status.claimed}, denied ${bk.status.denied}`));
    root.append(hit);
  });
  if (pts.length) {
    root.append(svg("polyline", { points: pts.map((p) => p[0] + "," + p[1]).join(" "), fill: "none",
      stroke: "var(--accent)", "stroke-width": 2 }));
    for (const p of pts) root.append(svg("circle", { cx: p[0], cy: p[1], r: 3, fill: "var(--accent)" }));
  }
  return root;
}

// ------------------------------------------------------------------ network

async function loadNetwork(actor, since, until, plover, focus) {
  const net = await api("/api/network", { actor, since, until, plover, max_nodes: 30 });
  const box = clear($("network"));
  if (!net.nodes.length) { box.append(el("p", { class: "muted" }, "No actors.")); return; }
  const W = 440, H = 320, cx = W / 2, cy = H / 2;
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
  const pos = {};
  const ring = net.nodes.filter((nd) => !focus.includes(nd.id));
  const centre = net.nodes.filter((nd) => focus.includes(nd.id));
  centre.forEach((nd, i) => { pos[nd.id] = [cx + (centre.length > 1 ? (i ? 50 : -50) : 0), cy]; });
  ring.forEach((nd, i) => {
    const ang = (2 * Math.PI * i) / ring.length - Math.PI / 2;
    pos[nd.id] = [cx + 180 * Math.cos(ang), cy + 130 * Math.sin(ang)];
  });
  const maxE = Math.max(1, ...net.edges.map((e) => e.reports));
  for (const e of net.edges) {
    const [x1, y1] = pos[e.source], [x2, y2] = pos[e.target];
    const coop = e.cooperation >= e.conflict;
    const line = svg("line", { x1, y1, x2, y2, stroke: coop ? "var(--q2)" : "var(--q4)",
      "stroke-width": 1 + 5 * e.reports / maxE, "stroke-opacity": 0.6 });
    line.append(svg("title", {}, `${e.source} → ${e.target}: ${e.reports} reports (${e.cooperation} cooperation, ` +
      `${e.conflict} conflict), Goldstein ${e.goldstein_sum}`));
    root.append(line);
  }
  const maxN = Math.max(1, ...net.nodes.map((nd) => nd.reports));
  for (const nd of net.nodes) {
    const [x, y] = pos[nd.id];
    const c = svg("circle", { cx: x, cy: y, r: 5 + 12 * Math.sqrt(nd.reports / maxN),
      fill: focus.includes(nd.id) ? "var(--accent)" : "#85929e", stroke: "#fff" });
    c.append(svg("title", {}, `${nd.label}: ${nd.reports} reports`));
    root.append(c);
    root.append(svg("text", { x, y: y - 10 - 12 * Math.sqrt(nd.reports / maxN), "text-anchor": "middle", "font-size": 11 }, nd.label));
  }
  box.append(root);
  box.append(el("div", { class: "legend" }, el("span", {}, "blue: mostly cooperation · red: mostly conflict · width: reports")));
}

// ------------------------------------------------------------------ map

async function loadMap() {
  const pts = await api("/api/locations", state.filter);
  const W = 720, H = 360;
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "map of event locations" });
  root.append(svg("rect", { x: 0, y: 0, width: W, height: H, fill: "#eaf2f8" }));
  for (let lon = -180; lon <= 180; lon += 30) {
    const x = (lon + 180) / 360 * W;
    root.append(svg("line", { x1: x, x2: x, y1: 0, y2: H, stroke: "#d4e6f1" }));
  }
  for (let lat = -90; lat <= 90; lat += 30) {
    const yy = (90 - lat) / 180 * H;
    root.append(svg("line", { x1: 0, x2: W, y1: yy, y2: yy, stroke: lat === 0 ? "#aed6f1" : "#d4e6f1" }));
  }
  const maxN = Math.max(1, ...pts.map((p) => p.reports));
  for (const p of pts) {
    const x = (p.lon + 180) / 360 * W, yy = (90 - p.lat) / 180 * H;
    const c = svg("circle", { cx: x, cy: yy, r: 3 + 8 * Math.sqrt(p.reports / maxN), fill: "var(--q4)", "fill-opacity": 0.7,
      stroke: "#fff", class: "place" });
    c.append(svg("title", {}, `${p.name || "?"} (${p.country || "?"}): ${p.reports} reports`));
    root.append(c);
    root.append(svg("text", { x: x + 6, y: yy - 4, "font-size": 10 }, p.name || ""));
  }
  const box = clear($("map"));
  box.append(root);
  box.append(el("div", { class: "muted" }, `${pts.length} place(s); equirectangular, 30° grid`));
}

// ------------------------------------------------------------------ events

async function loadEvents() {
  const page = await api("/api/events", { ...state.filter, offset: state.offset, limit: state.limit });
  state.total = page.total;
  const body = clear($("events").tBodies[0]);
  for (const ev of page.items) {
    const tr = el("tr", { "data-uid": ev.event_uid },
      el("td", {}, ev.date || ""), el("td", {}, ev.source_code || (ev.source_names || []).join(", ")),
      el("td", { title: ev.cameo_name || "" }, ev.cameo || ""), el("td", {}, ev.plover || ""),
      el("td", {}, ev.target_code || (ev.target_names || []).join(", ")),
      el("td", {}, el("span", { class: "tag " + (ev.status || "") }, ev.status || "")),
      el("td", {}, ev.location_name || ""), el("td", {}, ev.outlet || ""), el("td", {}, ev.num_sources ?? ""));
    tr.addEventListener("click", () => {
      for (const r of body.rows) r.classList.remove("sel");
      tr.classList.add("sel");
      openEvent(ev.event_uid);
    });
    body.append(tr);
  }
  const last = Math.min(state.offset + state.limit, page.total);
  $("events-count").textContent = page.total ? `${state.offset + 1}–${last} of ${page.total}` : "none";
  $("prev").disabled = state.offset === 0;
  $("next").disabled = last >= page.total;
}

function sentenceWithTrigger(text, span) {
  const p = el("p", { class: "sentence", id: "evidence-sentence" });
  if (!text) return p;
  if (span && span[0] <= span[1] && span[1] <= text.length) {
    p.append(document.createTextNode(text.slice(0, span[0])));
    p.append(el("mark", { class: "trigger" }, text.slice(span[0], span[1])));
    p.append(document.createTextNode(text.slice(span[1])));
  } else {
    p.textContent = text;
  }
  return p;
}

function actorNames(list) {
  return (list || []).map((a) => (a.name || a.text || "?") + (a.code ? ` [${a.code}]` : "")).join(", ") || "—";
}

function reportList(items) {
  const ul = el("ul", { class: "reports" });
  for (const r of items) {
    const who = el("span", {}, `${r.published || ""} ${r.outlet || r.article_id}: `);
    ul.append(el("li", {}, el("span", { class: "tag " + (r.status || "") }, r.status || ""), who, `“${r.sentence || ""}”`));
  }
  return ul;
}

async function openEvent(uid) {
  const d = await api(`/api/events/${encodeURIComponent(uid)}`);
  const box = clear($("detail-body"));
  box.append(sentenceWithTrigger(d.sentence, d.trigger_in_sentence));
  const kv = el("dl", { class: "kv" });
  const add = (k, v) => { kv.append(el("dt", {}, k), el("dd", {}, v)); };
  add("Event", `${d.cameo || ""} ${d.cameo_name || ""}` + (d.plover && d.plover.event ? ` · PLOVER ${d.plover.event}` : ""));
  add("Source", actorNames(d.source));
  add("Target", actorNames(d.target));
  add("Date", d.date_value || d.date_start || d.article_published || "");
  add("Place", d.location_name ? `${d.location_name} (${d.location_country || "?"})` : "—");
  add("Status", d.status || "asserted");
  if (d.claim) {
    add("Claim", `${actorNames(d.claim.source)} — ${d.claim.cue} (${d.claim.stance})` + (d.claim.hedged ? ", hedged" : ""));
    add("Claim sentence", d.claim.sentence || "");
  } else {
    add("Claim", "the narrator's own statement");
  }
  const src = el("span", {}, `${d.outlet || "unknown outlet"}, ${d.article_published || "undated"} · `, d.title || d.article_id);
  if (d.url && /^https?:\/\//i.test(d.url)) {
    src.append(" · ", el("a", { href: d.url, rel: "noopener noreferrer", target: "_blank" }, d.url));
  }
  add("Report", src);
  add("Canonical event", d.cluster_id ? `${d.num_mentions} report(s) in ${d.num_articles} article(s) from ` +
    `${d.num_sources} outlet(s)` + (d.disputed ? " · disputed" : "") : "—");
  box.append(kv);
  if (d.related_claims && d.related_claims.length) {
    box.append(el("h3", {}, "Answering claims in the same report"));
    const ul = el("ul", { class: "reports" });
    for (const c of d.related_claims) {
      ul.append(el("li", {}, el("span", { class: "tag " + (c.stance === "deny" ? "denied" : "claimed") }, c.stance || ""),
        `${c.source_code || "?"} ${c.cue || ""}: “${c.sentence || ""}”`));
    }
    box.append(ul);
  }
  box.append(el("h3", {}, `Supporting reports (${d.supporting.length})`));
  box.append(d.supporting.length ? reportList(d.supporting) : el("p", { class: "muted" }, "none in the store"));
  box.append(el("h3", {}, `Denials (${d.denials.length})`));
  box.append(d.denials.length ? reportList(d.denials) : el("p", { class: "muted" }, "none in the store"));
  $("detail").hidden = false;
  $("detail").scrollIntoView({ block: "nearest" });
}

// ------------------------------------------------------------------ claims

function noClaims() {
  clear($("claims")).append("Pick a pair to see who claims what about whom.");
}

async function loadClaims(a, b, since, until) {
  const led = await api("/api/claims", { a, b, since, until });
  const box = clear($("claims"));
  box.className = "";
  if (!led.items.length) { box.append(el("p", { class: "muted" }, "No claims about events between them.")); return; }
  const sp = Object.entries(led.speakers).map(([k, v]) => `${k}: ` + Object.entries(v).map(([s, n]) => `${n} ${s}`).join(", "));
  box.append(el("p", { class: "muted" }, `${led.total} claim(s), ${led.denials} denial(s) · ` + sp.join(" · ")));
  const tbl = el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "Published"), el("th", {}, "Who"),
    el("th", {}, "Says"), el("th", {}, "About"), el("th", {}, "Corroboration"), el("th", {}, "Outlet"))));
  const tb = el("tbody");
  for (const c of led.items) {
    const about = c.events.map((e) => `${e.source_code || "?"} ${e.cameo || ""} ${e.target_code || "?"}`).join("; ");
    const corr = c.events.map((e) => `${e.num_sources || 0} outlet(s)` + (e.disputed ? ", disputed" : "")).join("; ");
    tb.append(el("tr", {}, el("td", {}, c.published || ""), el("td", {}, c.speaker || c.speaker_code || "?"),
      el("td", {}, el("span", { class: "tag " + (c.stance === "deny" ? "denied" : "claimed") }, c.stance || ""),
        ` ${c.cue || ""}: “${c.content || c.sentence || ""}”`),
      el("td", {}, about), el("td", {}, corr), el("td", {}, c.outlet || "")));
  }
  tbl.append(tb);
  box.append(tbl);
}

// ------------------------------------------------------------------ code an article

async function codeArticle() {
  const out = clear($("code-result"));
  const text = $("article-text").value;
  if (!text.trim()) { out.append(el("span", { class: "err" }, "Paste an article first.")); return; }
  const body = { text };
  for (const [k, id] of [["title", "article-title"], ["outlet", "article-outlet"], ["published", "article-published"]]) {
    if ($(id).value.trim()) body[k] = $(id).value.trim();
  }
  out.append("Coding…");
  try {
    const res = await api("/api/articles", {}, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer " + $("token").value },
      body: JSON.stringify(body),
    });
    clear(out).append(res.stored ? `Stored as ${res.article_id}: ${res.events} event report(s).`
      : `Already stored as ${res.duplicate_of}.`);
    if (state.filter) show();
  } catch (e) {
    clear(out).append(el("span", { class: "err" }, e.message));
  }
}

document.addEventListener("DOMContentLoaded", start);
