// Recognition badges: which techs earned which badges from their resolved tickets.
import {AuthoredArticle} from '../knowledge/authorship';
import {Tech, TIERS} from '../people/techs';
import {TicketMetrics} from './ticket-metrics';
import {
  FIVE_STAR_MILESTONE,
  MILESTONES,
  TechRecord,
  techRecords,
} from './tech-records';

/** A milestone a tech reaches once; the Recognition tab keeps each (tech, badge) pair once. */
export interface Badge {
  /** Stable id, unique per tech: `resolved-10`, `mentor-10:junior@…`. */
  readonly id: string;
  readonly techEmail: string;
  readonly techName: string;
  readonly title: string;
  readonly earnedMs: number;
}

const RESOLVED_MILESTONES = MILESTONES.filter(n => n > 1);
/** A junior's first this-many fixes earn their mentor a badge. */
const MENTORED_FIXES = 10;

/**
 * Every badge the ledger shows was earned, dated when the milestone ticket was resolved. Ratings
 * carry no time of their own, so a five-star badge is dated by its fifth five-star ticket.
 */
export function badgesEarned(
  tickets: readonly TicketMetrics[],
  techs: readonly Tech[],
  authored: readonly AuthoredArticle[] = []
): Badge[] {
  return badgesOf(techRecords({}, tickets), techs, authored);
}

/** The badges of resolvers' records (settled totals and the window's tickets together). */
export function badgesOf(
  records: ReadonlyMap<string, TechRecord>,
  techs: readonly Tech[],
  authored: readonly AuthoredArticle[] = []
): Badge[] {
  const names = new Map(techs.map(tech => [tech.email, tech.name]));
  const badges: Badge[] = [];
  const award = (email: string, id: string, title: string, at: number) =>
    badges.push({
      id,
      techEmail: email,
      techName: names.get(email) ?? email,
      title,
      earnedMs: at,
    });
  for (const [email, record] of records) {
    if (record.resolved === 0) continue;
    award(email, 'first-fix', 'First fix', record.resolvedMsOf(1));
    for (const count of RESOLVED_MILESTONES)
      if (record.resolved >= count)
        award(
          email,
          `resolved-${count}`,
          `${count} tickets resolved`,
          record.resolvedMsOf(count)
        );
    if (record.fiveStars >= FIVE_STAR_MILESTONE)
      award(
        email,
        'five-stars-5',
        'Five 5-star ratings',
        record.fiveStarMsOf(FIVE_STAR_MILESTONE)
      );
  }
  for (const junior of techs) {
    if (junior.tier !== TIERS.junior || junior.mentor === '') continue;
    const record = records.get(junior.email);
    if (!record || record.resolved < MENTORED_FIXES) continue;
    award(
      junior.mentor,
      `mentor-${MENTORED_FIXES}:${junior.email}`,
      `Mentored ${junior.name} through their first ${MENTORED_FIXES} fixes`,
      record.resolvedMsOf(MENTORED_FIXES)
    );
  }
  const firstArticle = new Map<string, number>();
  for (const article of authored)
    firstArticle.set(
      article.author,
      Math.min(
        firstArticle.get(article.author) ?? Infinity,
        article.publishedMs
      )
    );
  for (const [email, at] of firstArticle)
    award(email, 'article-1', 'Published a Knowledge Base article', at);
  return badges.sort((a, b) => a.earnedMs - b.earnedMs);
}

export function badgeKey(badge: {techEmail: string; id: string}): string {
  return `${badge.techEmail} ${badge.id}`;
}
