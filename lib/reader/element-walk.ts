/**
 * A walk of the elements below a root in document order, without recursion (a saved page can nest
 * deeper than the call stack goes), shared by the walk engine and the document queries.
 */

/** Where a walk is: `depth` counts from the root's children (0); `el` is null once the walk has left the root. */
export interface Cursor {
  el: Element | null;
  depth: number;
}

/** On to the next element: down to the first child (unless `enter` is false: its subtree is skipped), else the next sibling, else up until there is one. */
export function advance(cursor: Cursor, enter = true): void {
  let el = cursor.el!;
  const child = enter ? el.firstElementChild : null;
  if (child) {
    cursor.el = child;
    cursor.depth++;
    return;
  }
  while (!el.nextElementSibling) {
    if (cursor.depth === 0) {
      cursor.el = null;
      return;
    }
    el = el.parentElement!;
    cursor.depth--;
  }
  cursor.el = el.nextElementSibling;
}

/** The element and its ancestors, outermost first: path[i]'s ancestors are path[0…i-1], as the compiled selectors take them. */
export function pathTo(el: Element): Element[] {
  const path: Element[] = [];
  for (let up: Element | null = el; up; up = up.parentElement) path.push(up);
  return path.reverse();
}
