/**
 * Minimal shape checks of `cardsV2` as the Chat API applies them to a message
 * (https://developers.google.com/workspace/chat/api/reference/rest/v1/cards). Unknown fields and
 * wrong types are refused with the protobuf JSON parser's wording, as Google's JSON APIs answer.
 */

const CARD_FIELDS = [
  'header',
  'sections',
  'cardActions',
  'name',
  'fixedFooter',
  'displayStyle',
  'peekCardHeader',
  'sectionDividerStyle',
];
const HEADER_FIELDS = [
  'title',
  'subtitle',
  'imageUrl',
  'imageType',
  'imageAltText',
];
const SECTION_FIELDS = [
  'header',
  'widgets',
  'collapsible',
  'uncollapsibleWidgetsCount',
  'collapseControl',
];
const WIDGETS = [
  'textParagraph',
  'image',
  'decoratedText',
  'buttonList',
  'textInput',
  'selectionInput',
  'dateTimePicker',
  'divider',
  'grid',
  'columns',
  'chipList',
];
const WIDGET_FIELDS = [...WIDGETS, 'horizontalAlignment'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownField(name: string, path: string): string {
  return `Invalid JSON payload received. Unknown name "${name}" at '${path}': Cannot find field.`;
}

function invalidValue(path: string, value: unknown): string {
  return `Invalid value at '${path}', ${JSON.stringify(value)}`;
}

function checkFields(
  value: Record<string, unknown>,
  allowed: string[],
  path: string
): string | undefined {
  const unknown = Object.keys(value).find(key => !allowed.includes(key));
  return unknown === undefined ? undefined : unknownField(unknown, path);
}

function checkWidget(widget: unknown, path: string): string | undefined {
  if (!isObject(widget)) return invalidValue(path, widget);
  const unknown = checkFields(widget, WIDGET_FIELDS, path);
  if (unknown) return unknown;
  const kinds = Object.keys(widget).filter(key => WIDGETS.includes(key));
  // A widget is a oneof: exactly one kind of content.
  if (kinds.length !== 1) return invalidValue(path, widget);
  const buttons = (widget.buttonList as {buttons?: unknown} | undefined)
    ?.buttons;
  if (buttons !== undefined) {
    if (!Array.isArray(buttons))
      return invalidValue(`${path}.button_list.buttons`, buttons);
    for (const [i, button] of buttons.entries()) {
      const onClick = isObject(button) ? button.onClick : undefined;
      // PLATFORM.md: Google Chat incoming webhooks: webhooks can only use openLink buttons.
      if (!isObject(onClick) || !isObject(onClick.openLink))
        return invalidValue(
          `${path}.button_list.buttons[${i}].on_click`,
          onClick
        );
    }
  }
  return undefined;
}

/** The first problem found in a message's cardsV2, or undefined when it is well formed. */
export function cardsV2Problem(cardsV2: unknown): string | undefined {
  if (!Array.isArray(cardsV2)) return invalidValue('message.cards_v2', cardsV2);
  for (const [c, entry] of cardsV2.entries()) {
    const at = `message.cards_v2[${c}]`;
    if (!isObject(entry)) return invalidValue(at, entry);
    const unknown = checkFields(entry, ['cardId', 'card'], at);
    if (unknown) return unknown;
    const card = entry.card;
    if (!isObject(card)) return invalidValue(`${at}.card`, card);
    const problem =
      checkFields(card, CARD_FIELDS, `${at}.card`) ??
      (card.header === undefined
        ? undefined
        : isObject(card.header)
          ? checkFields(card.header, HEADER_FIELDS, `${at}.card.header`)
          : invalidValue(`${at}.card.header`, card.header));
    if (problem) return problem;
    if (card.sections === undefined) continue;
    if (!Array.isArray(card.sections))
      return invalidValue(`${at}.card.sections`, card.sections);
    for (const [s, section] of card.sections.entries()) {
      const sectionAt = `${at}.card.sections[${s}]`;
      if (!isObject(section)) return invalidValue(sectionAt, section);
      const sectionProblem = checkFields(section, SECTION_FIELDS, sectionAt);
      if (sectionProblem) return sectionProblem;
      if (section.widgets === undefined) continue;
      if (!Array.isArray(section.widgets))
        return invalidValue(`${sectionAt}.widgets`, section.widgets);
      for (const [w, widget] of section.widgets.entries()) {
        const widgetProblem = checkWidget(widget, `${sectionAt}.widgets[${w}]`);
        if (widgetProblem) return widgetProblem;
      }
    }
  }
  return undefined;
}
