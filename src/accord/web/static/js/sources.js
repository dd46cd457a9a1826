// The source viewer: a document's text with the cited span highlighted.
import { api, clear, el, showError } from "./dom.js";

export function sourceLink(ev, label) {
  return el("a", {
    href: `#source:${encodeURIComponent(ev.doc)}:${ev.start}:${ev.end}`,
    class: "source-link",
    on: { click: (e) => { e.preventDefault(); openSource(ev.doc, ev.start, ev.end); } },
  }, label || ev.doc);
}

export function evidenceBlock(ev) {
  const meta = [ev.title, ev.published].filter(Boolean).join(" · ");
  return el("div", { class: "evidence" },
    el("blockquote", { class: "quote" }, ev.quote || ev.text || ""),
    el("div", { class: "cite" }, sourceLink(ev), meta ? ` — ${meta}` : "",
      ev.start !== undefined && ev.start !== null ? ` (characters ${ev.start}–${ev.end})` : ""));
}

export async function openSource(name, start, end) {
  const dialog = document.getElementById("source-viewer");
  try {
    const doc = await api(`/api/sources/${encodeURIComponent(name)}`);
    document.getElementById("source-title").textContent = doc.title || doc.name;
    // a stored document's words can become a claim (review.js fills its form from the selection)
    dialog.dataset.doc = doc.name;
    dialog.querySelector(".source-actions").hidden = doc.origin !== "store";
    document.getElementById("source-meta").textContent =
      [doc.name, doc.outlet, doc.published, doc.origin === "store" ? "from the store" : "from the corpus"]
        .filter(Boolean).join(" · ");
    const pre = clear(document.getElementById("source-text"));
    const text = doc.text || "";
    if (start !== undefined && start !== null && end > start && end <= text.length) {
      const mark = el("mark", {}, text.slice(start, end));
      pre.append(text.slice(0, start), mark, text.slice(end));
      if (!dialog.open) dialog.showModal();
      mark.scrollIntoView({ block: "center" });
      return;
    }
    pre.textContent = text;
    if (!dialog.open) dialog.showModal();
  } catch (err) {
    showError(err);
  }
}

export function initSourceViewer() {
  const dialog = document.getElementById("source-viewer");
  document.getElementById("source-close").addEventListener("click", () => dialog.close());
}
