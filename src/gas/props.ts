/**
 * User properties read once per server call (the document's own state is not here: it is
 * src/gas/doc-state.ts, reachable by spreadsheet ID): one getProperties() per store instead of a getProperty()
 * per key (each is a round trip). Apps Script starts every call in a fresh execution, so nothing
 * here is cached across calls. A `Store` keeps the store object it read from, so a later write in
 * the same call costs one call, not two.
 */
export type Props = Record<string, string>;

export interface Store {
  props: Props;
  set(key: string, value: string): void;
}

function store(p: GoogleAppsScript.Properties.Properties): Store {
  return { props: p.getProperties(), set: (k, v) => void p.setProperty(k, v) };
}

export function userStore(): Store {
  return store(PropertiesService.getUserProperties());
}

export function userProps(): Props {
  return PropertiesService.getUserProperties().getProperties();
}
