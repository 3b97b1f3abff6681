/**
 * Building DOM without innerHTML: every text from the plan goes through `textContent`, so a title
 * like `<img src=x onerror=alert(1)>` is shown literally and never parsed.
 */
type Attrs = Record<string, string | boolean | number | null | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    // Only attribute values, never markup; `on*` handlers are attached with `on()`.
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

export function on<E extends HTMLElement>(el: E, type: string, f: (ev: Event) => void): E {
  el.addEventListener(type, f);
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}
