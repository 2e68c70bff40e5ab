/* Appeal-status lookup: a static page that reads sample appeals from the site's own files.
 * Loaded on every page (extra_javascript) but acts only where an element with
 * data-malaka-widget="appeal-status" exists; the data (appeal-status-data.js, generated at build
 * time) is loaded then, beside this script, as a script tag so the page also works when the site
 * is opened from disk.
 * The widget sets and looks up no element id: heading anchors are made from the heading text
 * (the English heading "Appeal status" became id="appeal-status"), so any fixed id could collide
 * with a heading in some language. The label wraps its input instead of pointing at an id. */
(function () {
  "use strict";
  var root = document.querySelector('[data-malaka-widget="appeal-status"]');
  if (!root) return;
  var self = document.currentScript && document.currentScript.src;
  var lang = (document.documentElement.lang || "uz").slice(0, 2);

  var T = {
    uz: {
      label: "Murojaat raqami", find: "Topish", samples: "Namunaviy raqamlar:",
      notFound: "Bunday raqamli murojaat topilmadi.", none: "Namunaviy murojaatlar hali yo'q: saytni `malaka site build` bilan quring.",
      received: "Kelib tushgan", due: "Qonuniy muddat", extended: "Uzaytirilgan muddat", answered: "Javob berilgan",
      onTime: "Muddatida javob berilgan", late: "Muddatidan kechikib javob berilgan", overdue: "Muddati o'tgan, javob yo'q",
      open: "Ko'rib chiqilmoqda", daysLeft: "muddatgacha qolgan kunlar", dayN: "{n}-kun", deadline: "muddat",
      kind: "Turi", category: "Toifa", channel: "Kanal", asOf: "Ma'lumotlar holati", tz: "Toshkent vaqti"
    },
    ru: {
      label: "Номер обращения", find: "Найти", samples: "Примеры номеров:",
      notFound: "Обращение с таким номером не найдено.", none: "Примеров обращений пока нет: соберите сайт командой `malaka site build`.",
      received: "Поступило", due: "Законный срок", extended: "Продлённый срок", answered: "Дан ответ",
      onTime: "Ответ дан в срок", late: "Ответ дан с опозданием", overdue: "Срок истёк, ответа нет",
      open: "На рассмотрении", daysLeft: "дней до срока", dayN: "день {n}", deadline: "срок",
      kind: "Вид", category: "Категория", channel: "Канал", asOf: "Данные на", tz: "ташкентское время"
    },
    en: {
      label: "Appeal number", find: "Look up", samples: "Sample numbers:",
      notFound: "No appeal with this number.", none: "No sample appeals yet: build the site with `malaka site build`.",
      received: "Received", due: "Legal deadline", extended: "Extended deadline", answered: "Answered",
      onTime: "Answered on time", late: "Answered late", overdue: "Overdue, no answer yet",
      open: "Being considered", daysLeft: "days left before the deadline", dayN: "day {n}", deadline: "deadline",
      kind: "Kind", category: "Category", channel: "Channel", asOf: "Data as of", tz: "Tashkent time"
    }
  };
  var t = T[lang] || T.uz;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function date(iso) { return iso ? new Date(iso) : null; }
  function fmt(iso) { return iso ? iso.slice(0, 16).replace("T", " ") : "—"; }
  function days(a, b) { return (b - a) / 86400000; }
  function name(data, group, id) {
    var g = (data.labels || {})[group] || {};
    var n = g[id];
    return n ? (n[lang] || n.uz || id) : (id || "—");
  }

  function render(data, number, out) {
    out.innerHTML = "";
    var a = data.appeals[number];
    if (!a) { out.appendChild(el("p", "malaka-status__missing", t.notFound)); return; }
    var card = el("div", "malaka-status__card");
    card.appendChild(el("h2", null, "№ " + number));
    var facts = el("dl", "malaka-status__facts");
    [[t.kind, name(data, "kinds", a.kind)], [t.category, name(data, "categories", a.category)],
     [t.channel, name(data, "channels", a.channel)], [t.received, fmt(a.received_at || a.registered_at)],
     [t.due, fmt(a.due_at)], [t.extended, fmt(a.extended_until)], [t.answered, fmt(a.answered_at)]]
      .forEach(function (p) {
        if (p[1] === "—" && (p[0] === t.extended)) return;
        facts.appendChild(el("dt", null, p[0])); facts.appendChild(el("dd", null, p[1]));
      });
    card.appendChild(facts);

    var start = date(a.received_at || a.registered_at || (a.steps[0] && a.steps[0].at));
    var due = date(a.extended_until || a.due_at);
    var answered = date(a.answered_at);
    var asOf = date(data.as_of);
    var verdict, cls;
    if (answered && due) { verdict = answered <= due ? t.onTime : t.late; cls = answered <= due ? "ok" : "late"; }
    else if (answered) { verdict = t.answered; cls = "ok"; }
    else if (due && asOf && asOf > due) { verdict = t.overdue; cls = "late"; }
    else {
      verdict = t.open; cls = "open";
      if (due && asOf) verdict += " · " + Math.max(0, Math.ceil(days(asOf, due))) + " " + t.daysLeft;
    }
    card.appendChild(el("p", "malaka-status__verdict malaka-status__verdict--" + cls, verdict));

    if (start) {
      var ends = [due, answered].concat(a.steps.map(function (s) { return date(s.at); }))
        .filter(function (d) { return d; });
      var end = new Date(Math.max.apply(null, ends.map(Number).concat([+start + 86400000])));
      var span = end - start;
      var bar = el("div", "malaka-status__bar");
      function mark(d, c, title) {
        var m = el("span", c); m.style.left = (100 * (d - start) / span).toFixed(2) + "%"; m.title = title; bar.appendChild(m);
      }
      if (a.due_at) mark(date(a.due_at), "malaka-status__deadline", t.due + ": " + fmt(a.due_at));
      if (a.extended_until) mark(date(a.extended_until), "malaka-status__deadline malaka-status__deadline--ext", t.extended + ": " + fmt(a.extended_until));
      a.steps.forEach(function (s) { mark(date(s.at), "malaka-status__dot", name(data, "statuses", s.status) + ": " + fmt(s.at)); });
      card.appendChild(bar);
    }

    var list = el("ol", "malaka-status__steps");
    a.steps.forEach(function (s) {
      var li = el("li");
      li.appendChild(el("strong", null, name(data, "statuses", s.status)));
      var when = fmt(s.at);
      if (start && s.at) when += " · " + t.dayN.replace("{n}", Math.floor(days(start, date(s.at))) + 1);
      li.appendChild(el("span", null, " " + when));
      list.appendChild(li);
    });
    card.appendChild(list);
    out.appendChild(card);
  }

  function init(data) {
    root.innerHTML = "";
    var numbers = Object.keys(data.appeals || {});
    if (!numbers.length) { root.appendChild(el("p", null, t.none)); return; }
    var form = el("form", "malaka-status__form");
    var input = el("input", "malaka-status__input"); input.type = "search";
    input.placeholder = numbers[0]; input.setAttribute("aria-label", t.label);
    var button = el("button", "md-button md-button--primary", t.find); button.type = "submit";
    var label = el("label", "malaka-status__label", t.label + " ");
    label.appendChild(input);
    form.appendChild(label); form.appendChild(button);
    root.appendChild(form);
    var samples = el("p", "malaka-status__samples", t.samples + " ");
    numbers.slice(0, 8).forEach(function (n) {
      var b = el("button", "malaka-status__sample", n); b.type = "button";
      b.addEventListener("click", function () { input.value = n; show(n); });
      samples.appendChild(b);
    });
    root.appendChild(samples);
    if (data.as_of) root.appendChild(el("p", "malaka-status__asof", t.asOf + ": " + fmt(data.as_of) + " (" + t.tz + ")"));
    var out = el("div", "malaka-status__result"); root.appendChild(out);
    function show(n) { render(data, n.trim(), out); }
    form.addEventListener("submit", function (e) { e.preventDefault(); show(input.value); });
    var hash = decodeURIComponent(location.hash.slice(1));
    if (hash && data.appeals[hash]) { input.value = hash; show(hash); }
  }

  var s = document.createElement("script");
  s.src = new URL("appeal-status-data.js", self || location.href).href;
  s.onload = function () { init(window.MALAKA_APPEALS || { appeals: {} }); };
  s.onerror = function () { init({ appeals: {} }); };
  document.head.appendChild(s);
})();
