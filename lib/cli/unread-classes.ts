/**
 * A saved page's `class` attributes the reader never reads, cut out before the CLI parses it.
 *
 * Facebook's generated class names (`x1i10hfl xjbqb8w …`) are about 40 % of a saved page's bytes,
 * and linkedom makes a token list for every one of them: without them a 2 MB page parses in about
 * 60 % of the time, and finding them costs a tenth of a whole parse (`npm run bench` shows both).
 * The reader names classes only in ../facebook/selectors.ts (the classic layout's
 * `userContentWrapper` …): a class attribute whose value contains one of those names is kept whole,
 * as is any this cannot cut without doubt.
 *
 * The attributes are found by htmlparser2's tokenizer, the one linkedom parses with, on the same
 * text: a `class="…"` in a post's text, a comment, a script or another attribute's value is no
 * attribute to it, so it stays. The page parses into the same tree, less those attributes.
 */
import { Tokenizer } from 'htmlparser2';
import { SELECTORS } from '../facebook/selectors';

/** The `.name`s of the selectors, outside quoted values and `[…]` (reading too many would only keep more). */
export function classNamesIn(selectors: Iterable<string>): string[] {
  const names = new Set<string>();
  for (const selector of selectors) {
    const outside = selector.replace(/"[^"]*"|'[^']*'/g, '').replace(/\[[^\]]*\]/g, '');
    for (const m of outside.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) names.add(m[1]!);
  }
  return [...names];
}

/** the class names some reader selector asks for */
export const READ_CLASSES: readonly string[] = classNamesIn(Object.values(SELECTORS).flat());

const SPACE = /[ \t\n\f\r]/;

/** `html` without the class attributes none of whose text contains a name of `keep`; `html` itself when it has none. */
export function withoutUnreadClasses(html: string, keep: readonly string[] = READ_CLASSES): string {
  // [start, end) of each attribute to cut, in order
  const cuts: number[] = [];
  let nameStart = -1;
  let isClass = false;
  // a tag's later class attributes are dropped by the parser (the first wins): they go whatever they hold
  let classSeen = false;
  let valueStart = -1;
  let valueEnd = -1;
  let entity = false;
  const ignore = () => undefined;
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, {
    onopentagname() {
      classSeen = false;
    },
    onattribname(start, end) {
      nameStart = start;
      // as linkedom does: only a name written «class» is the class attribute
      isClass = end - start === 5 && html.startsWith('class', start);
      valueStart = valueEnd = -1;
      entity = false;
    },
    onattribdata(start, end) {
      if (valueStart < 0) valueStart = start;
      valueEnd = end;
    },
    onattribentity() {
      entity = true;
    },
    onattribend(_quote, end) {
      if (!isClass) return;
      isClass = false;
      const first = !classSeen;
      classSeen = true;
      if (first) {
        // a value with an entity is kept rather than decoded here
        if (entity) return;
        const value = valueStart < 0 ? '' : html.slice(valueStart, valueEnd);
        if (keep.some((name) => value.includes(name))) return;
      }
      // only between a space and a space, «>» or «/»: cut there, the rest of the tag reads as before
      if (!SPACE.test(html[nameStart - 1] ?? '')) return;
      const next = html[end];
      if (next !== undefined && next !== '>' && next !== '/' && !SPACE.test(next)) return;
      cuts.push(nameStart, end);
    },
    oncdata: ignore,
    onclosetag: ignore,
    oncomment: ignore,
    ondeclaration: ignore,
    onend: ignore,
    onopentagend: ignore,
    onprocessinginstruction: ignore,
    onselfclosingtag: ignore,
    ontext: ignore,
    ontextentity: ignore,
  });
  tokenizer.write(html);
  tokenizer.end();
  if (cuts.length === 0) return html;
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    parts.push(html.slice(at, cuts[i]));
    at = cuts[i + 1]!;
  }
  parts.push(html.slice(at));
  return parts.join('');
}
