/**
 * Building DOM without innerHTML: every text from the plan or the document goes through text nodes, so a title
 * like `<img src=x onerror=alert(1)>` is shown literally and never parsed.
 */
type Attrs = Record<string, string | boolean | number | null | undefined>;
export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    // Attribute values only; handlers are attached with `on()`, never as `on*` attributes.
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

export function on<E extends EventTarget>(el: E, type: string, f: (ev: Event) => void): E {
  el.addEventListener(type, f);
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}
