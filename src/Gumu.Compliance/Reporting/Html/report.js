(function () {
  'use strict';
  // Sorting, filtering and expanding for the gumu HTML report. Plain ES5 so that older office
  // browsers run it. Reads the page only through getAttribute/textContent and writes it only
  // through textContent, attributes and moving existing nodes: it never builds markup.
  var doc = document;
  var root = doc.documentElement;
  var table = doc.getElementById('files');
  if (!table || !table.tHead) {
    return;
  }

  root.className += ' js';
  var heads = table.tHead.rows[0].cells;
  var query = doc.getElementById('filter-text');
  var status = doc.getElementById('filter-status');
  var shown = doc.getElementById('shown');
  var collator = null;
  try {
    collator = new Intl.Collator(root.lang || undefined, { numeric: true });
  } catch (e) {
    collator = null;
  }

  function bodies() {
    return Array.prototype.slice.call(table.tBodies);
  }

  function detailOf(body) {
    return body.rows.length > 1 ? body.rows[1] : null;
  }

  function setOpen(body, open) {
    var detail = detailOf(body);
    var button = body.rows[0].querySelector('button.toggle');
    if (!detail || !button) {
      return;
    }

    detail.hidden = !open;
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  }

  function sortValue(cell, numeric) {
    var text = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent;
    text = (text || '').replace(/^\s+|\s+$/g, '');
    if (text === '') {
      return null;
    }

    if (numeric) {
      var n = parseFloat(text);
      return isNaN(n) ? null : n;
    }

    return text;
  }

  function compareText(a, b) {
    if (collator) {
      return collator.compare(a, b);
    }

    return a < b ? -1 : a > b ? 1 : 0;
  }

  // Stable: rows that compare equal keep their current order. Empty values go last either way.
  function sortBy(column, direction) {
    var head = heads[column];
    if (!head || !head.hasAttribute('data-key')) {
      return;
    }

    var numeric = head.getAttribute('data-type') === 'number';
    var items = bodies().map(function (body, position) {
      return { body: body, position: position, value: sortValue(body.rows[0].cells[column], numeric) };
    });
    items.sort(function (a, b) {
      if ((a.value === null) !== (b.value === null)) {
        return a.value === null ? 1 : -1;
      }

      var r = 0;
      if (a.value !== null) {
        r = numeric ? a.value - b.value : compareText(a.value, b.value);
      }

      return r !== 0 ? r * direction : a.position - b.position;
    });
    for (var i = 0; i < items.length; i++) {
      table.appendChild(items[i].body);
    }

    for (var j = 0; j < heads.length; j++) {
      if (heads[j].hasAttribute('data-key')) {
        if (j === column) {
          heads[j].setAttribute('aria-sort', direction > 0 ? 'ascending' : 'descending');
        } else {
          heads[j].removeAttribute('aria-sort');
        }
      }
    }
  }

  function columnOf(key) {
    for (var i = 0; i < heads.length; i++) {
      if (heads[i].getAttribute('data-key') === key) {
        return i;
      }
    }

    return -1;
  }

  function applyFilter() {
    var text = query ? query.value.replace(/^\s+|\s+$/g, '').toLowerCase() : '';
    var wanted = status ? status.value : '';
    var all = bodies();
    var count = 0;
    for (var i = 0; i < all.length; i++) {
      var body = all[i];
      var cells = body.rows[0].cells;
      var haystack = ((pathColumn >= 0 ? cells[pathColumn].textContent : '') + '\n' +
        (titleColumn >= 0 ? cells[titleColumn].textContent : '')).toLowerCase();
      var visible = (wanted === '' || body.getAttribute('data-status') === wanted) &&
        (text === '' || haystack.indexOf(text) >= 0);
      body.hidden = !visible;
      if (visible) {
        count++;
      }
    }

    if (shown) {
      shown.textContent = (shown.getAttribute('data-template') || '{0} / {1}')
        .replace('{0}', String(count))
        .replace('{1}', String(all.length));
    }
  }

  function setAll(open) {
    var all = bodies();
    for (var i = 0; i < all.length; i++) {
      setOpen(all[i], open);
    }
  }

  var pathColumn = columnOf('path');
  var titleColumn = columnOf('title');
  var columnHeads = Array.prototype.slice.call(heads);
  columnHeads.forEach(function (head, column) {
    var button = head.querySelector('button');
    if (!button || !head.hasAttribute('data-key')) {
      return;
    }

    button.addEventListener('click', function () {
      var current = head.getAttribute('aria-sort');
      var direction;
      if (current === 'ascending') {
        direction = -1;
      } else if (current === 'descending') {
        direction = 1;
      } else {
        direction = head.getAttribute('data-first') === 'descending' ? -1 : 1;
      }

      sortBy(column, direction);
    });
  });

  table.addEventListener('click', function (event) {
    var target = event.target;
    while (target && target !== table && !(target.tagName === 'BUTTON' && target.className === 'toggle')) {
      target = target.parentNode;
    }

    if (target && target !== table) {
      var body = target.parentNode.parentNode.parentNode;
      var detail = detailOf(body);
      setOpen(body, !!detail && detail.hidden);
    }
  });

  if (query) {
    query.addEventListener('input', applyFilter);
  }

  if (status) {
    status.addEventListener('change', applyFilter);
  }

  var expand = doc.getElementById('expand-all');
  var collapse = doc.getElementById('collapse-all');
  if (expand) {
    expand.addEventListener('click', function () { setAll(true); });
  }

  if (collapse) {
    collapse.addEventListener('click', function () { setAll(false); });
  }

  // Without this script every finding stays visible; with it, rows start collapsed, except on a
  // page that lists one file's findings for its issuer (data-open="all").
  if (table.getAttribute('data-open') !== 'all') {
    setAll(false);
  }

  // The address may ask for a starting view, e.g. #sort=errors-desc&status=errors&expand=all,
  // #open=3 (file 3's findings) or #q=text (the filter box). It works through the page's own
  // controls, so it exercises what a person would do. Only known column keys, status values and
  // numbers are used, and q only ever becomes the filter box's value, never markup.
  var options = (location.hash || '').replace(/^#/, '').split('&');
  for (var k = 0; k < options.length; k++) {
    var pair = options[k].split('=');
    var name = pair[0];
    var value = pair.length > 1 ? pair[1] : '';
    if (name === 'sort') {
      var match = /^([a-z]+)-(asc|desc)$/.exec(value);
      var column = match ? columnOf(match[1]) : -1;
      var sortButton = column >= 0 ? heads[column].querySelector('button') : null;
      var wanted = match && match[2] === 'desc' ? 'descending' : 'ascending';
      for (var clicks = 0; sortButton && clicks < 2 && heads[column].getAttribute('aria-sort') !== wanted; clicks++) {
        sortButton.click();
      }
    } else if (name === 'status' && status) {
      for (var o = 0; o < status.options.length; o++) {
        if (status.options[o].value === value) {
          status.selectedIndex = o;
        }
      }
    } else if (name === 'expand' && value === 'all' && expand) {
      expand.click();
    } else if (name === 'q' && query) {
      try {
        query.value = decodeURIComponent(value);
      } catch (e) {
        query.value = '';
      }
    } else if (name === 'open' && /^[0-9]+$/.test(value)) {
      var row = doc.getElementById('findings-' + value);
      var toggle = row ? row.parentNode.rows[0].querySelector('button.toggle') : null;
      if (toggle) {
        toggle.click();
      }
    }
  }

  applyFilter();
  root.setAttribute('data-ready', 'true');
})();
