/**
 * A message with `{name}` holes filled: the one rule behind `t()` and the page scripts, which receive
 * their messages as templates and must not load the dictionaries.
 *
 *   fillTemplate('{n} dari {total}', { n: 7, total: 7 }) -> '7 dari 7'      (an unknown hole stays as it is)
 */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
