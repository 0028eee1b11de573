// Turns a drawn page into the HtmlOutput Apps Script serves, in the desk's look and a chosen language.
import {languageFrom} from '../../domain/languages/language';
import {PageLook} from '../../domain/web/page';
import {loadSnapshot, referenceOf} from '../setup/snapshot';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';

/** A page's query or form fields, as Apps Script passes them in `e.parameter`. */
export type WebParameters = Readonly<Record<string, string | undefined>>;

/** The desk's name, colour and catalogue, speaking `language` when the desk knows it. */
export function pageLook(language: string): PageLook {
  const {catalogue, config} = referenceOf(loadSnapshot(activeSpreadsheet()));
  return {
    catalogue,
    language: languageFrom(
      language,
      config.defaultLanguage,
      catalogue.languages
    ),
    deskName: config.deskName,
    colour: config.deskColour,
  };
}

/** The page as served: its title in the tab and a viewport for phones. */
export function servedPage(page: {
  readonly title: string;
  readonly html: string;
}): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutput(page.html)
    .setTitle(page.title)
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
}
