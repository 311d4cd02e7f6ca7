/**
 * Text written into HTML or SVG markup by string: &, <, > and " as entities, so a name from the data is
 * shown as text and never becomes markup.
 *
 *   escapeMarkup('Sijuk <b>"x"</b> & y') -> 'Sijuk &lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; y'
 */
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeMarkup(text: string | number): string {
  return String(text).replace(/[&<>"]/g, (c) => ENTITY[c]!);
}
