// google.script.run for the playground: each call goes to the local server, which runs the same
// function of the built Code.js inside the emulator. Arguments and results are JSON, and a Date is
// refused, as in Apps Script.
(() => {
  const post = (url, body) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(
      (r) => r.json(),
    );
  const runner = (ok, fail) =>
    new Proxy(
      {},
      {
        get(_t, name) {
          if (name === 'withSuccessHandler') return (f) => runner(f, fail);
          if (name === 'withFailureHandler') return (f) => runner(ok, f);
          if (name === 'withUserObject') return () => runner(ok, fail);
          return (...args) => {
            for (const a of args) if (a instanceof Date) throw new Error('google.script.run: Date не передаётся');
            post(window.__runUrl || '/api/run', { fn: name, args }).then(
              (r) => {
                if (r.ok) ok?.(r.value);
                else fail?.(new Error(r.error));
                if (r.ui?.length) window.parent.postMessage({ type: 'ui', events: r.ui }, '*');
                window.parent.postMessage({ type: 'changed' }, '*');
              },
              (e) => fail?.(e),
            );
          };
        },
      },
    );
  window.google = {
    script: {
      run: runner(null, null),
      host: {
        close: () => window.parent.postMessage({ type: 'close' }, '*'),
        setHeight: () => {},
        setWidth: () => {},
        editor: { focus: () => {} },
      },
    },
  };
})();
