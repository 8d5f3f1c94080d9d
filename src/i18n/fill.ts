/** Values of a UI string's `{name}` placeholders. */
export type Values = Record<string, string | number>;

/**
 * Fills `{name}` placeholders; numbers are written by `formatNumber`. Shared by
 * the build (translate.ts) and the article page's interface script, so a string
 * reads the same whichever of them fills it.
 */
export function fill(
  template: string,
  values: Values,
  formatNumber: (value: number) => string,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}
