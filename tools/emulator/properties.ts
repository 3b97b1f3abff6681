/**
 * PropertiesService and CacheService. Limits (developers.google.com/apps-script/guides/services/quotas,
 * "Current limitations"): a property value ≤ 9 KB, a store ≤ 500 KB in total; a cache value
 * ≤ 100 KB, key ≤ 250 characters, expiry ≤ 21 600 s (reference/cache/cache#put).
 * User stores are per user: `runAs` another user and you see another store.
 */
import { counted, type EmuContext } from './context';

export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

/** The inner map of `key` in a map of stores (per document, per user), made on first use. */
function storeOf<V>(stores: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let m = stores.get(key);
  if (!m) {
    m = new Map();
    stores.set(key, m);
  }
  return m;
}

function bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}

type P = GoogleAppsScript.Properties.Properties;

export class PropertiesImpl
  implements
    Pick<
      P,
      | 'deleteAllProperties'
      | 'deleteProperty'
      | 'getKeys'
      | 'getProperties'
      | 'getProperty'
      | 'setProperties'
      | 'setProperty'
    >
{
  constructor(
    readonly ctx: EmuContext,
    readonly store: Map<string, string>,
  ) {}
  private get p(): P {
    return this as unknown as P;
  }
  private check(next: Map<string, string>): void {
    for (const [k, v] of next) {
      if (bytes(v) > PROPERTY_VALUE_LIMIT) throw new Error('Argument too large: value');
      if (bytes(k) > PROPERTY_VALUE_LIMIT) throw new Error('Argument too large: key');
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > PROPERTY_STORE_LIMIT) {
      throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
  }
  deleteAllProperties(): P {
    this.store.clear();
    return this.p;
  }
  deleteProperty(key: string): P {
    this.store.delete(key);
    return this.p;
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): P {
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this.check(next);
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
    return this.p;
  }
  setProperty(key: string, value: string): P {
    const next = new Map(this.store);
    next.set(key, String(value));
    this.check(next);
    this.store.set(key, String(value));
    return this.p;
  }
}
counted(PropertiesImpl, 'PropertiesService', { name: 'Properties' });

export class PropertyStores {
  /** Document properties per spreadsheet id (reference/properties/properties-service: "specific to the current document"). */
  readonly documents = new Map<string, Map<string, string>>();
  script = new Map<string, string>();
  constructor(private ctx?: EmuContext) {}
  /** The active spreadsheet's store. */
  get document(): Map<string, string> {
    return this.documentStore(this.ctx?.activeDocument ?? '');
  }
  documentStore(id: string): Map<string, string> {
    return storeOf(this.documents, id);
  }
  user = new Map<string, Map<string, string>>();
  userStore(email: string): Map<string, string> {
    return storeOf(this.user, email);
  }
}

export class PropertiesServiceImpl
  implements
    Pick<
      GoogleAppsScript.Properties.PropertiesService,
      'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
    >
{
  constructor(
    readonly ctx: EmuContext,
    readonly stores: PropertyStores,
  ) {}
  private guard(): void {
    // developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle: no properties in AuthMode.NONE.
    if (this.ctx.authMode === 'NONE') {
      throw new Error('You do not have permission to call PropertiesService in AuthMode.NONE.');
    }
  }
  getDocumentProperties(): P {
    this.guard();
    // "When document properties are not available this method returns null" (the reference).
    // A web app has them only as a script bound to the document ("only available if the script is
    // published and executing as an add-on or if it is bound to a Google file type").
    if (this.ctx.detached || (this.ctx.webApp && this.ctx.scriptKind !== 'bound')) return null as unknown as P;
    return new PropertiesImpl(this.ctx, this.stores.document) as unknown as P;
  }
  getScriptProperties(): P {
    this.guard();
    return new PropertiesImpl(this.ctx, this.stores.script) as unknown as P;
  }
  /** Keyed by the effective user: a trigger runs as its owner and sees the owner's store. */
  getUserProperties(): P {
    this.guard();
    return new PropertiesImpl(this.ctx, this.stores.userStore(this.ctx.user.effectiveUser)) as unknown as P;
  }
}
counted(PropertiesServiceImpl, 'PropertiesService', { name: 'PropertiesService' });

// ---------------- CacheService ----------------

export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_MAX_EXPIRY_S = 21600;
const CACHE_DEFAULT_EXPIRY_S = 600;

type C = GoogleAppsScript.Cache.Cache;
type Entry = { value: string; expires: number };

export class CacheImpl implements Pick<C, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'> {
  constructor(
    readonly ctx: EmuContext,
    readonly store: Map<string, Entry>,
  ) {}
  private live(key: string): Entry | undefined {
    const e = this.store.get(key);
    if (e && e.expires <= this.ctx.nowMs()) {
      this.store.delete(key);
      return undefined;
    }
    return e;
  }
  private checkEntry(key: string, value: string, seconds: number): void {
    if (key.length > 250) throw new Error('Argument too large: key');
    if (bytes(value) > CACHE_VALUE_LIMIT) throw new Error('Argument too large: value');
    if (seconds < 1) throw new Error('Invalid argument: expirationInSeconds');
  }
  get(key: string): string | null {
    return this.live(key)?.value ?? null;
  }
  getAll(keys: string[]): { [key: string]: string } {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const e = this.live(k);
      if (e) out[k] = e.value;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds = CACHE_DEFAULT_EXPIRY_S): void {
    const s = Math.min(expirationInSeconds, CACHE_MAX_EXPIRY_S);
    this.checkEntry(key, String(value), s);
    this.store.set(key, { value: String(value), expires: this.ctx.nowMs() + s * 1000 });
  }
  putAll(values: { [key: string]: string }, expirationInSeconds = CACHE_DEFAULT_EXPIRY_S): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this.store.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.store.delete(k);
  }
}
counted(CacheImpl, 'CacheService', { name: 'Cache' });

export class CacheStores {
  private readonly documents = new Map<string, Map<string, Entry>>();
  constructor(private ctx?: EmuContext) {}
  /** The active spreadsheet's cache. */
  get document(): Map<string, Entry> {
    return storeOf(this.documents, this.ctx?.activeDocument ?? '');
  }
  script = new Map<string, Entry>();
  user = new Map<string, Map<string, Entry>>();
}

export class CacheServiceImpl
  implements Pick<GoogleAppsScript.Cache.CacheService, 'getDocumentCache' | 'getScriptCache' | 'getUserCache'>
{
  constructor(
    readonly ctx: EmuContext,
    readonly stores: CacheStores,
  ) {}
  getDocumentCache(): C | null {
    return new CacheImpl(this.ctx, this.stores.document) as unknown as C;
  }
  getScriptCache(): C {
    return new CacheImpl(this.ctx, this.stores.script) as unknown as C;
  }
  getUserCache(): C {
    return new CacheImpl(this.ctx, storeOf(this.stores.user, this.ctx.user.effectiveUser)) as unknown as C;
  }
}
counted(CacheServiceImpl, 'CacheService', { name: 'CacheService' });
