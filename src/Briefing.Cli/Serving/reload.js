// Added by `briefing serve` to the pages it serves (never to a built site): reloads the page when a rebuild
// changed it, swaps a changed stylesheet in place, and shows the diagnostics of a failed rebuild over the page.
(() => {
  "use strict";
  const source = new EventSource("/__briefing/events");
  const own = (path) => path.replace(/index\.html$/, "");
  let overlay = null;

  source.addEventListener("reload", (event) => {
    const changed = JSON.parse(event.data);
    const here = own(decodeURIComponent(location.pathname));
    const styles = changed.filter((p) => p.endsWith(".css"));
    const pageChanged = changed.some((p) => own(p) === here);
    // A changed script, image or other file may be used by this page: reload rather than guess.
    const fileChanged = changed.some((p) => !p.endsWith(".css") && !p.endsWith("/") && !p.endsWith(".html"));
    if (pageChanged || fileChanged) {
      location.reload();
      return;
    }
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      const url = new URL(link.href, location.href);
      if (styles.includes(decodeURIComponent(url.pathname))) {
        url.searchParams.set("v", String(Date.now()));
        link.href = url.href;
      }
    }
  });

  source.addEventListener("errors", (event) => {
    const diagnostics = JSON.parse(event.data);
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
    if (diagnostics.length === 0) return;
    overlay = document.createElement("div");
    overlay.setAttribute("role", "alert");
    overlay.setAttribute("style", "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
      "margin:0;padding:1rem 1.25rem;background:#1b1b1b;color:#fafafa;border-top:4px solid #d33;" +
      "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap;text-align:left");
    const title = document.createElement("strong");
    title.textContent = "The last save did not build; this is the last good version. Fix these and save again:";
    overlay.append(title);
    for (const line of diagnostics) {
      const item = document.createElement("div");
      item.textContent = line; // text, never markup: the messages quote the author's input
      overlay.append(item);
    }
    document.body.append(overlay);
  });
})();
