/** The DOM's selector methods, wrapped for the length of one call to record what is asked of them. */

export const QUERY_METHODS = ['querySelector', 'querySelectorAll', 'closest', 'matches'] as const;
export type QueryMethod = (typeof QUERY_METHODS)[number];

/**
 * Runs `fn` with every QUERY_METHODS method of `prototypes` (a browser's or linkedom's Element and
 * Document) reporting each call to `onQuery` first, and puts the methods back afterwards. A method
 * inherited from a parent prototype (linkedom's) is shadowed on the one given, then removed again.
 */
export function withQueriesRecorded<T>(
  prototypes: object[], onQuery: (target: Document | Element, method: QueryMethod, selector: string) => void, fn: () => T,
): T {
  const restore: (() => void)[] = [];
  for (const proto of prototypes as Record<string, unknown>[]) {
    for (const method of QUERY_METHODS) {
      const original = proto[method] as ((this: Document | Element, selector: string) => unknown) | undefined;
      if (typeof original !== 'function') continue;
      const own = Object.prototype.hasOwnProperty.call(proto, method);
      proto[method] = function (this: Document | Element, selector: string) {
        onQuery(this, method, selector);
        return original.call(this, selector);
      };
      restore.push(() => (own ? (proto[method] = original) : delete proto[method]));
    }
  }
  try {
    return fn();
  } finally {
    for (const undo of restore) undo();
  }
}
