/** The component's own class followed by the consumer's, if any: all that clsx did here, in a few bytes. */
export function withClass(own: string, extra: string | undefined): string {
  return extra ? `${own} ${extra}` : own;
}
