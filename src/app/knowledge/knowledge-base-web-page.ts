// The Knowledge Base page (p=kb): published articles in the visitor's language, searched with the self-help ranking.
import {searchArticles} from '../../domain/knowledge/knowledge';
import {knowledgeBasePage} from '../../domain/knowledge/knowledge-pages';
import {webAppUrl} from '../../workspace/services/signing';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {loadSnapshot, referenceOf} from '../setup/snapshot';
import {pageLook, servedPage, WebParameters} from '../pages/page-output';

/** Longer queries are cut: a search box is for a few words. */
const QUERY_MAX = 200;

/** `?p=kb&l=<language>&q=<words>`: a GET that only reads, so any link or search may open it. */
export function knowledgeBaseWebPage(
  parameter: WebParameters
): GoogleAppsScript.HTML.HtmlOutput {
  const look = pageLook(parameter.l ?? '');
  const {articles} = referenceOf(loadSnapshot(activeSpreadsheet()));
  const query = (parameter.q ?? '').slice(0, QUERY_MAX);
  return servedPage(
    knowledgeBasePage(look, {
      query,
      action: webAppUrl() ?? '',
      found: searchArticles(articles, query, look.language),
    })
  );
}
