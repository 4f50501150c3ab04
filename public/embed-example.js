// A course page driving Pathway Layers through its postMessage API (version 1).
// The page passes its own origin in the iframe's address, so the diagram accepts its commands and
// sends state back to it, and to nobody else.
(function () {
  'use strict';
  var frame = document.getElementById('explorer');
  var log = document.getElementById('log');
  var appUrl = new URL('./', window.location.href);
  // Another origin may be given as ?app=<url of the app>, to try a cross-origin embed.
  var given = new URLSearchParams(window.location.search).get('app');
  if (given) appUrl = new URL(given, window.location.href);
  var appOrigin = appUrl.origin;
  appUrl.search =
    '?embed=1&controls=layers,details,toolbar,legend&origin=' + encodeURIComponent(window.location.origin);
  frame.src = appUrl.href;

  var next = 1;
  function send(type, body) {
    var msg = Object.assign({ type: 'pathway-layers:' + type, version: 1, requestId: 'r' + next++ }, body || {});
    frame.contentWindow.postMessage(msg, appOrigin);
    write('→ ' + JSON.stringify(msg));
  }
  function write(text) {
    var item = document.createElement('li');
    item.textContent = text;
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
    var data = event.data;
    if (data && data.type === 'pathway-layers:resize' && typeof data.height === 'number') {
      frame.style.height = Math.max(240, data.height) + 'px';
    }
    write('← ' + JSON.stringify(data));
  });

  var commands = {
    classic: function () {
      send('setLayers', { layers: ['classic'] });
    },
    compare: function () {
      send('setLayers', { layers: ['classic', 'direct-trkb'] });
    },
    all: function () {
      send('setLayers', {
        layers: [
          'classic',
          'direct-trkb',
          'ketamine-neurogenesis',
          'ketamine-nmdar',
          'plasticity',
          'psychedelics',
          'critique',
        ],
      });
    },
    select: function () {
      send('select', { target: 'node:trkb' });
    },
    clear: function () {
      send('select', { target: null });
    },
    projector: function () {
      send('setTheme', { theme: 'projector' });
    },
    state: function () {
      send('getState');
    },
  };
  document.querySelectorAll('[data-command]').forEach(function (button) {
    button.addEventListener('click', function () {
      commands[button.getAttribute('data-command')]();
    });
  });
})();
