/**
 * A text field's limit shown as a counter ("12 / 50") that turns red past it, for antd's
 * Input and TextArea: `<Input {...countedUpTo(50)} />`. The text is never cut — `maxLength`
 * would silently drop the end of a paste of 5,000 characters; here it stays as pasted and the
 * shared schema says it is too long, next to the field.
 */
export function countedUpTo(max: number): { count: { show: true; max: number } } {
  return { count: { show: true, max } };
}
