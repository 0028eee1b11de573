// The web app's one door (Deploy › Web app): each page, named by the `p` parameter, is served by its own module.
import {KNOWLEDGE_PAGE} from '../../domain/knowledge/fixed-link';
import {busyPage} from '../../domain/web/busy-page';
import {isLockTimeout} from '../../workspace/services/lock';
import {webAppUrl} from '../../workspace/services/signing';
import {fixedLinkPage, fixedPost} from '../knowledge/fixed-web-page';
import {knowledgeBaseWebPage} from '../knowledge/knowledge-base-web-page';
import {ratingLink, ratingPost} from '../ratings/rating-web-app';
import {teacherLink, teacherPost} from '../requesters/teacher-web-app';
import {teamLink} from '../team/team-web-app';
import {pageLook, servedPage, WebParameters} from '../pages/page-output';
import {withExecutionScope} from '../../workspace/services/execution-scope';
type Output = GoogleAppsScript.HTML.HtmlOutput;

interface WebPage {
  /** Shows; never changes anything (mail scanners open links before people do, platform.md: Web apps). */
  readonly get: (parameter: WebParameters) => Output;
  /** Acts on a form the page posted; each page checks its own signature. */
  readonly post?: (parameter: WebParameters) => Output;
}

/** The rating link predates the page names, so a link without a known `p` is a rating. */
const RATING_PAGE: WebPage = {get: ratingLink, post: ratingPost};

/** Pages by name: a Map, so a name like `constructor` or `__proto__` is just an unknown name. */
const PAGES: ReadonlyMap<string, WebPage> = new Map([
  ['rate', RATING_PAGE],
  ['teacher', {get: teacherLink, post: teacherPost}],
  ['team', {get: teamLink}],
  [KNOWLEDGE_PAGE.fixed, {get: fixedLinkPage, post: fixedPost}],
  [KNOWLEDGE_PAGE.kb, {get: knowledgeBaseWebPage}],
]);

function pageNamed(name: string | undefined): WebPage {
  return PAGES.get(name ?? '') ?? RATING_PAGE;
}

/** Each request reads the Script Properties in one call and the web app's URL once. */
export function doGet(event: GoogleAppsScript.Events.DoGet): Output {
  const parameter = event.parameter ?? {};
  return withExecutionScope(() => pageNamed(parameter.p).get(parameter));
}

/**
 * A POST acts under the script lock. When the lock stays busy for its whole wait (many people
 * pressing at once), nothing was done: the visitor gets a page saying so, whose button sends their
 * same form again.
 */
export function doPost(event: GoogleAppsScript.Events.DoPost): Output {
  const parameter = event.parameter ?? {};
  const page = pageNamed(parameter.p);
  return withExecutionScope(() => {
    try {
      return (page.post ?? page.get)(parameter);
    } catch (error) {
      if (!isLockTimeout(error)) throw error;
      const fields = Object.fromEntries(
        Object.entries(parameter).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string'
        )
      );
      return servedPage(
        busyPage(
          pageLook(parameter.lang ?? parameter.l ?? ''),
          webAppUrl() ?? '',
          fields
        )
      );
    }
  });
}
