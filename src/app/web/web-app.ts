// The web app's one door (Deploy › Web app): each page, named by the `p` parameter, is served by its own module.
import {KNOWLEDGE_PAGE} from '../../domain/knowledge/fixed-link';
import {fixedLinkPage, fixedPost} from '../knowledge/fixed-web-page';
import {knowledgeBaseWebPage} from '../knowledge/knowledge-base-web-page';
import {ratingLink, ratingPost} from '../ratings/rating-web-app';
import {teacherLink, teacherPost} from '../requesters/teacher-web-app';
import {teamLink} from '../team/team-web-app';
import {WebParameters} from '../pages/page-output';
import {withExecutionScope} from '../../workspace/services/execution-scope';
type Output = GoogleAppsScript.HTML.HtmlOutput;

interface WebPage {
  /** Shows; never changes anything (mail scanners open links before people do, platform.md: Web apps). */
  readonly get: (parameter: WebParameters) => Output;
  /** Acts on a form the page posted; each page checks its own signature. */
  readonly post?: (parameter: WebParameters) => Output;
}

/** Pages by name; the rating link predates the names, so a link without `p` is a rating. */
const PAGES: Readonly<Record<string, WebPage>> = {
  rate: {get: ratingLink, post: ratingPost},
  teacher: {get: teacherLink, post: teacherPost},
  team: {get: teamLink},
  [KNOWLEDGE_PAGE.fixed]: {get: fixedLinkPage, post: fixedPost},
  [KNOWLEDGE_PAGE.kb]: {get: knowledgeBaseWebPage},
};
const DEFAULT_PAGE = 'rate';

function pageNamed(name: string | undefined): WebPage {
  return PAGES[name ?? DEFAULT_PAGE] ?? PAGES[DEFAULT_PAGE];
}

/** Each request reads the Script Properties in one call and the web app's URL once. */
export function doGet(event: GoogleAppsScript.Events.DoGet): Output {
  const parameter = event.parameter ?? {};
  return withExecutionScope(() => pageNamed(parameter.p).get(parameter));
}

export function doPost(event: GoogleAppsScript.Events.DoPost): Output {
  const parameter = event.parameter ?? {};
  const page = pageNamed(parameter.p);
  return withExecutionScope(() => (page.post ?? page.get)(parameter));
}
