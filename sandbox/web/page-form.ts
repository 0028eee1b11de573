// The hidden fields of a web-app page's form, as the browser would post them.

/** The page's `<input type="hidden">` fields as a form-urlencoded body (values unescaped). */
export function hiddenFormBody(html: string): string {
  const unescape = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return [
    ...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g),
  ]
    .map(
      ([, name, value]) =>
        `${encodeURIComponent(unescape(name))}=${encodeURIComponent(unescape(value))}`
    )
    .join('&');
}
