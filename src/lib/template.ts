/**
 * A message with `{name}` holes filled: the one rule behind `t()` and the page scripts, which receive
 * their messages as templates and must not load the dictionaries. A count that changes the words it
 * counts writes both forms, `#` standing for the number: `{n|# element|# elements}` (English needs it;
 * Indonesian does not).
 *
 *   fillTemplate('{n} dari {total}', { n: 7, total: 7 }) -> '7 dari 7'      (an unknown hole stays as it is)
 *   fillTemplate('{n|# team|# teams}', { n: 1 }) -> '1 team'
 */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (match, name: string, one?: string, other?: string) => {
    if (!(name in params)) return match;
    const value = String(params[name]);
    if (one === undefined || other === undefined) return value;
    // A hole handed on to a page script ({ n: '{n}' }) keeps both forms for the script to choose.
    if (/^\{\w+\}$/.test(value)) return `{${value.slice(1, -1)}|${one}|${other}}`;
    return (Number(params[name]) === 1 ? one : other).replace(/#/g, value);
  });
}
