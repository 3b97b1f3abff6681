/**
 * Properties read once per server call: one getProperties() per store instead of a getProperty()
 * per key (each is a round trip). Apps Script starts every call in a fresh execution, so nothing
 * here is cached across calls.
 */
export type Props = Record<string, string>;

export function documentProps(): Props {
  return PropertiesService.getDocumentProperties().getProperties();
}

export function userProps(): Props {
  return PropertiesService.getUserProperties().getProperties();
}
