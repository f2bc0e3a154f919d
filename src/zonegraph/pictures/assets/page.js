// zonegraph viz: draws the page's graph with vis-network and wires the controls.
// Every text from the documents goes into the page through textContent, never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("zg-data").textContent);
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }
  function normalise(text) {
    return String(text).normalize("NFKC").replace(/\s+/g, "").toLowerCase();
  }
  function kindName(kind) { return data.kinds[kind] ? data.kinds[kind].name : kind; }
  function relationName(relation) { return data.relations[relation] ? data.relations[relation].name : relation; }

  var nodeById = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var edgeById = new Map();
  data.edges.forEach(function (e) { edgeById.set(e.id, e); });
  var communitySizes = {};
  data.nodes.forEach(function (n) { communitySizes[n.community] = (communitySizes[n.community] || 0) + 1; });

  var state = {
    sizeBy: data.sizeBy,
    colourBy: data.colourBy,
    edgeLabels: data.edgeLabels,
    kinds: new Set(data.nodes.map(function (n) { return n.kind; })),
    relations: new Set(data.edges.map(function (e) { return e.relation; }))
  };

  // ---- how nodes and edges look --------------------------------------------------------
  function communityColour(community) {
    if (communitySizes[community] <= 1) return "#b0b0b0";
    return data.communityColours[community % data.communityColours.length];
  }
  function nodeColour(n) {
    return state.colourBy === "community" ? communityColour(n.community) : data.kinds[n.kind].colour;
  }
  function nodeLook(n) {
    var colour = nodeColour(n);
    return {
      id: n.id, value: n.size[state.sizeBy],
      color: { background: colour, border: n.focus ? "#000000" : "#ffffff",
               highlight: { background: colour, border: "#000000" }, hover: { background: colour, border: "#333333" } },
      borderWidth: n.focus ? 3 : 1
    };
  }
  function visNode(n) {
    var look = nodeLook(n);
    look.label = n.label;
    look.x = n.x;
    look.y = n.y;
    look.shape = data.kinds[n.kind].shape;
    look.font = { size: n.font };
    look.kind = n.kind;
    return look;
  }
  function edgeLabel(e) {
    if (e.shared && e.shared.length) return e.shared.map(function (s) { return s.institute; }).join("、");
    return relationName(e.relation);
  }
  function visEdge(e) {
    var relation = data.relations[e.relation];
    return {
      id: e.id, from: e.from, to: e.to, relation: e.relation,
      label: state.edgeLabels ? edgeLabel(e) : "",
      arrows: relation.directed ? { to: { enabled: true, scaleFactor: 0.5 } } : { to: { enabled: false } },
      color: { color: relation.colour, highlight: relation.colour, hover: relation.colour, opacity: 0.85 },
      dashes: Boolean(e.loose),
      width: e.weight > 1 || !relation.directed ? 1 + 2 * e.weight : 1
    };
  }

  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return state.kinds.has(n.kind); } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return state.relations.has(e.relation); } });

  var fontFace = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';
  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: {
      enabled: data.physics,
      solver: "barnesHut",
      barnesHut: { gravitationalConstant: -3000, centralGravity: 0.2, springLength: data.springLength, springConstant: 0.03,
                   damping: 0.6, avoidOverlap: 0.3 },
      stabilization: { enabled: true, iterations: 250, updateInterval: 50, fit: true },
      minVelocity: 2.0, maxVelocity: 40, timestep: 0.5
    },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: data.big, keyboard: false, multiselect: false },
    nodes: {
      font: { face: fontFace, color: "#1a1a1a", strokeWidth: 4, strokeColor: "#ffffff" },
      scaling: { min: 8, max: 42, label: { enabled: false, drawThreshold: data.drawThreshold } }
    },
    edges: {
      smooth: data.big ? false : { enabled: true, type: "continuous", roundness: 0.3 },
      font: { face: fontFace, size: 11, color: "#555555", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      selectionWidth: 2, hoverWidth: 1.5
    }
  };

  var container = $("zg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
  window.zgNetwork = network;
  window.zgNodes = nodes;
  window.zgEdges = edges;
  window.zgData = data;

  // ---- ready: the first frame drawn after the layout settled ------------------------------
  // the whole drawing in view, with room for the labels of the outermost nodes (vis-network fits the nodes alone)
  function fitAll(animation) {
    network.fit({ animation: false });
    network.moveTo({ scale: network.getScale() * 0.9, animation: animation });
  }
  function ready() {
    if (window.zgReady) return;
    // vis-network fitted the drawing to the canvas as it was when the network was made, before the page's
    // layout gave the canvas its size: a 1400 x 900 window cut nodes off at both sides
    fitAll(false);
    window.zgTimings = { ready: performance.now() };
    window.zgReady = true;
    document.body.setAttribute("data-ready", "1");
  }
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.once("afterDrawing", ready);
    });
  } else {
    network.once("afterDrawing", ready);
  }
  network.on("stabilized", function (params) {
    window.zgStabilized = { at: performance.now(), iterations: params.iterations };
  });

  // ---- side panel: counts, legend and filters -----------------------------------------------
  function count(list, key) {
    var counts = {};
    list.forEach(function (item) { counts[item[key]] = (counts[item[key]] || 0) + 1; });
    return counts;
  }
  var kindCounts = count(data.nodes, "kind");
  var relationCounts = count(data.edges, "relation");
  $("zg-counts").textContent = data.nodes.length + " 个节点，" + data.edges.length + " 条关系";
  if (data.home) {
    var home = el("a", "← 返回索引");
    home.setAttribute("href", data.home);
    $("zg-home").appendChild(home);
  }

  function legendItem(list, id, checked, symbol, text, number, onChange) {
    var item = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = checked;
    box.id = id;
    box.addEventListener("change", function () { onChange(box.checked); });
    label.appendChild(box);
    label.appendChild(symbol);
    label.appendChild(el("span", text));
    item.appendChild(label);
    item.appendChild(el("span", number, "zg-count"));
    list.appendChild(item);
  }
  var kindSymbols = {};
  function paintKindSymbols() {
    // coloured by community, the nodes no longer wear their type's colour: the legend shows the shape alone
    Object.keys(kindSymbols).forEach(function (kind) {
      kindSymbols[kind].style.color = state.colourBy === "community" ? "#777777" : data.kinds[kind].colour;
    });
  }
  Object.keys(data.kinds).forEach(function (kind) {
    if (!kindCounts[kind]) return;
    var symbol = el("span", data.kinds[kind].symbol, "zg-symbol");
    kindSymbols[kind] = symbol;
    legendItem($("zg-kinds"), "zg-kind-" + kind, true, symbol, data.kinds[kind].name, kindCounts[kind], function (on) {
      if (on) state.kinds.add(kind); else state.kinds.delete(kind);
      nodeView.refresh();
    });
  });
  Object.keys(data.relations).forEach(function (relation) {
    if (!relationCounts[relation]) return;
    var line = el("span", "", "zg-line");
    line.style.borderTopColor = data.relations[relation].colour;
    legendItem($("zg-relations"), "zg-relation-" + relation, true, line, data.relations[relation].name,
      relationCounts[relation], function (on) {
        if (on) state.relations.add(relation); else state.relations.delete(relation);
        edgeView.refresh();
      });
  });

  function showCommunities() {
    var box = $("zg-community-box");
    box.hidden = state.colourBy !== "community";
    var list = $("zg-communities");
    list.textContent = "";
    var members = {};
    data.nodes.forEach(function (n) { (members[n.community] = members[n.community] || []).push(n); });
    Object.keys(members).sort(function (a, b) { return a - b; }).forEach(function (community) {
      var group = members[community];
      if (group.length <= 1) return;
      var symbol = el("span", "●", "zg-symbol");
      symbol.style.color = communityColour(community);
      var item = el("li");
      item.appendChild(symbol);
      var names = group.slice(0, 4).map(function (n) { return n.label.replace(/\n/g, ""); }).join("、");
      item.appendChild(el("span", names + (group.length > 4 ? " 等" : "")));
      item.appendChild(el("span", group.length, "zg-count"));
      list.appendChild(item);
    });
  }

  // ---- controls ------------------------------------------------------------------------------
  var sizeSelect = $("zg-size");
  Object.keys(data.measures).forEach(function (measure) {
    var option = el("option", data.measures[measure]);
    option.value = measure;
    sizeSelect.appendChild(option);
  });
  sizeSelect.value = state.sizeBy;
  sizeSelect.addEventListener("change", function () {
    state.sizeBy = sizeSelect.value;
    nodes.update(data.nodes.map(nodeLook));
  });
  var colourSelect = $("zg-colour");
  colourSelect.value = state.colourBy;
  colourSelect.addEventListener("change", function () {
    state.colourBy = colourSelect.value;
    nodes.update(data.nodes.map(nodeLook));
    showCommunities();
    paintKindSymbols();
  });
  showCommunities();
  paintKindSymbols();
  var edgeLabelBox = $("zg-edge-labels");
  edgeLabelBox.checked = state.edgeLabels;
  edgeLabelBox.addEventListener("change", function () {
    state.edgeLabels = edgeLabelBox.checked;
    edges.update(data.edges.map(function (e) { return { id: e.id, label: state.edgeLabels ? edgeLabel(e) : "" }; }));
  });
  var physicsBox = $("zg-physics");
  physicsBox.checked = data.physics;
  physicsBox.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physicsBox.checked } });
    if (physicsBox.checked) network.stabilize(300);
  });
  $("zg-fit").addEventListener("click", function () { fitAll({ duration: 400 }); });

  // ---- search ----------------------------------------------------------------------------------
  var names = $("zg-names");
  var seen = new Set();
  data.nodes.forEach(function (n) {
    [n.name].concat(n.aliases).forEach(function (name) {
      if (seen.has(name)) return;
      seen.add(name);
      var option = el("option");
      option.value = name;
      names.appendChild(option);
    });
  });
  function find(text) {
    var wanted = normalise(text);
    if (!wanted) return null;
    var best = null, bestScore = -1;
    data.nodes.forEach(function (n) {
      var forms = [n.name].concat(n.aliases).map(normalise);
      var score = forms[0] === wanted ? 3 : forms.indexOf(wanted) >= 0 ? 2 :
        forms.some(function (f) { return f.indexOf(wanted) >= 0; }) ? 1 : 0;
      if (score > bestScore || (score === bestScore && score > 0 && n.name.length < best.name.length)) {
        best = n;
        bestScore = score;
      }
    });
    return bestScore > 0 ? best : null;
  }
  function locate() {
    var text = $("zg-search").value;
    var n = find(text);
    if (!n) {
      $("zg-found").textContent = text.trim() ? "没有找到“" + text.trim() + "”" : "";
      return;
    }
    if (!state.kinds.has(n.kind)) {
      state.kinds.add(n.kind);
      $("zg-kind-" + n.kind).checked = true;
      nodeView.refresh();
    }
    hideTip();
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: Math.max(network.getScale(), 1.3), animation: { duration: 500, easingFunction: "easeInOutQuad" } });
    $("zg-found").textContent = "已定位：" + n.name;
    showNode(n.id);
  }
  $("zg-go").addEventListener("click", locate);
  $("zg-search").addEventListener("keydown", function (event) { if (event.key === "Enter") locate(); });
  $("zg-search").addEventListener("change", locate);

  // ---- what hovering and clicking show -------------------------------------------------------
  function kindBadge(kind) {
    var badge = el("span", kindName(kind), "zg-kind");
    badge.style.background = data.kinds[kind].colour;
    return badge;
  }
  function place(n) {
    return [n.province, n.city].filter(function (p, i, all) { return p && all.indexOf(p) === i; }).join(" ");
  }
  function quoteBlock(record) {
    var block = el("div", record.quote, "zg-quote");
    var source = [record.title, record.document].filter(function (part) { return part; });
    if (record.confidence !== null && record.confidence !== undefined) source.push("置信度 " + record.confidence);
    block.appendChild(el("span", "— " + source.join(" · "), "zg-source"));
    return block;
  }
  function nodeSummary(n, box) {
    var head = el("b", n.name);
    box.appendChild(head);
    box.appendChild(kindBadge(n.kind));
    if (n.aliases.length) box.appendChild(el("div", "别名：" + n.aliases.join("、")));
    if (n.province || n.city) box.appendChild(el("div", "地区：" + place(n)));
  }
  function edgeSummary(e, box, limit) {
    var from = nodeById.get(e.from), to = nodeById.get(e.to);
    box.appendChild(el("b", relationName(e.relation)));
    box.appendChild(el("span", "（" + e.relation + "）", "zg-note"));
    box.appendChild(el("div", from.name + (data.relations[e.relation].directed ? " → " : " — ") + to.name));
    (e.shared || []).forEach(function (s) {
      var how = s.how.replace("same institute", "同一机构").replace("common parent", "同属上级");
      box.appendChild(el("div", "共享：" + s.institute + "（" + how + "）" + s.partners1.join("、") + " / " + s.partners2.join("、")));
    });
    var records = e.evidence || [];
    records.slice(0, limit).forEach(function (record) { box.appendChild(quoteBlock(record)); });
    if (records.length > limit) box.appendChild(el("div", "另有 " + (records.length - limit) + " 条证据：点击连线查看", "zg-note"));
  }

  var tip = $("zg-tip");
  function showTip(fill, pointer) {
    tip.textContent = "";
    fill(tip);
    tip.hidden = false;
    var area = $("zg-main").getBoundingClientRect();
    var x = Math.min(pointer.x + 14, area.width - tip.offsetWidth - 6);
    var y = Math.min(pointer.y + 14, area.height - tip.offsetHeight - 6);
    tip.style.left = Math.max(4, x) + "px";
    tip.style.top = Math.max(4, y) + "px";
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverNode", function (params) {
    showTip(function (box) { nodeSummary(nodeById.get(params.node), box); }, params.pointer.DOM);
  });
  network.on("hoverEdge", function (params) {
    showTip(function (box) { edgeSummary(edgeById.get(params.edge), box, 3); }, params.pointer.DOM);
  });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) { network.on(name, hideTip); });

  var details = $("zg-details");
  function showNode(id) {
    var n = nodeById.get(id);
    details.textContent = "";
    details.appendChild(el("h2", n.name));
    var facts = el("dl");
    function fact(term, value) { if (!value) return; facts.appendChild(el("dt", term)); facts.appendChild(el("dd", value)); }
    fact("类型", kindName(n.kind));
    fact("别名", n.aliases.join("、"));
    fact("地区", place(n));
    details.appendChild(facts);
    if (n.href) {
      var link = el("a", "打开 " + n.name + " 的关系页面");
      link.setAttribute("href", n.href);
      details.appendChild(link);
    }
    var groups = {};
    data.edges.forEach(function (e) {
      if (e.from !== id && e.to !== id) return;
      var other = nodeById.get(e.from === id ? e.to : e.from);
      var relation = data.relations[e.relation];
      var key = e.from === id || !relation.directed ? relation.name : relation.inverse;
      (groups[key] = groups[key] || []).push(other.name);
    });
    Object.keys(groups).sort().forEach(function (key) {
      details.appendChild(el("div", key + "（" + groups[key].length + "）", "zg-head"));
      var list = el("ul");
      groups[key].sort().forEach(function (name) { list.appendChild(el("li", name)); });
      details.appendChild(list);
    });
  }
  function showEdge(id) {
    details.textContent = "";
    edgeSummary(edgeById.get(id), details, 1000);
  }
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });
  network.on("doubleClick", function (params) {
    if (!params.nodes.length) return;
    var n = nodeById.get(params.nodes[0]);
    if (n.href) window.location.href = n.href;
  });
})();
