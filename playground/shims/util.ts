/**
 * The browser's stand-in for node:util, used by the playground's bundle only: src/jet/callerValues.ts asks
 * `types.isProxy` to refuse proxies as arguments. A page cannot tell a proxy apart, so none is refused there.
 */
export const types = {
  isProxy: (_value: unknown): boolean => false,
};
