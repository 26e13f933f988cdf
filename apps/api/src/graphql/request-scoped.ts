import type DataLoader from "dataloader";
import type { Context } from "./context.js";

/**
 * A loader made once per request (keyed by the request's own loaders object) by modules that need
 * more than `createLoaders` offers: the context itself, to read through other loaders.
 */
export function requestScoped<K, V, C = K>(make: (ctx: Context) => DataLoader<K, V, C>): (ctx: Context) => DataLoader<K, V, C> {
  const perRequest = new WeakMap<object, DataLoader<K, V, C>>();
  return (ctx) => {
    let loader = perRequest.get(ctx.loaders);
    if (!loader) perRequest.set(ctx.loaders, (loader = make(ctx)));
    return loader;
  };
}
