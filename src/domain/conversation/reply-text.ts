// A reply's own words: the quoted history and the signature under it taken off.
//
// Hand-written: the maintained parsers (GitHub's email_reply_parser, Mailgun's talon, Zammad's
// rules) are Ruby or Python and none is published as plain JavaScript that runs in Apps Script's
// V8 without Node; these are the markers they look for, in the clients teachers use.

/** Lines that start the quoted message a mail client puts under a reply. */
const QUOTE_HEADERS: readonly RegExp[] = [
  // Gmail, Apple Mail, Thunderbird: "On Mon, 23 Nov 2026 at 09:12, Maya <…> wrote:"
  /^On\b.*\bwrote:\s*$/i,
  // The same in the desk's other languages (Gmail's own wordings).
  /^El\b.*\bescribió:\s*$/i,
  /^(W dniu|Dnia)\b.*\bnapisał(a)?:\s*$/i,
  /^.*写道：\s*$/,
  /^.*كتب:\s*$/,
  // Outlook
  /^-{2,}\s*Original Message\s*-{2,}\s*$/i,
  /^_{5,}\s*$/,
  /^From:\s.+/i,
  /^De:\s.+/i,
];

/** A signature's opening line: "-- " (RFC 3676) and the phone apps' sign-offs. */
const SIGNATURE = [
  /^--\s*$/,
  /^Sent from my \w+/i,
  /^Get Outlook for \w+/i,
  /^Enviado desde mi \w+/i,
];

/** The words of a reply, without the quoted message or a signature; trimmed. */
export function replyText(plainBody: string): string {
  const lines = plainBody.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const text = line.trim();
    if (QUOTE_HEADERS.some(header => header.test(text))) break;
    if (SIGNATURE.some(signature => signature.test(text))) break;
    if (text.startsWith('>')) continue;
    kept.push(line);
  }
  return kept.join('\n').trim();
}
