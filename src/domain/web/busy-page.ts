// The page a POST answers when the desk's lock stays busy: nothing was saved, and one button sends the same form again.
import {say} from '../languages/catalogue';
import {escapeHtml} from '../text';
import {hiddenFields, PageLook, webPage} from './page';

/**
 * Says the desk is busy and nothing was saved yet; its button posts `fields` (the visitor's own
 * form, as sent) to `action` again, so what they typed is not lost.
 */
export function busyPage(
  look: PageLook,
  action: string,
  fields: Readonly<Record<string, string>>
): {title: string; html: string} {
  const text = (key: 'page.busyTitle' | 'page.busy' | 'page.tryAgain') =>
    say(look.catalogue, look.language, key);
  return webPage(
    look,
    text('page.busyTitle'),
    `<p id="message" role="status">${escapeHtml(text('page.busy'))}</p>` +
      `<form method="post" action="${escapeHtml(action)}" target="_top">${hiddenFields(fields)}` +
      `<button type="submit">${escapeHtml(text('page.tryAgain'))}</button></form>`
  );
}
