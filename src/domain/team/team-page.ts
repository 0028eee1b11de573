// The team page: who the desk's techs are, who is on duty now and next, and how to ask for help.
import {infoOf, say, sayHtml} from '../languages/catalogue';
import {MessageKey} from '../languages/shipped-texts';
import {normalised, escapeHtml, isolatedHtml} from '../text';
import {PageLook, webPage} from '../web/page';
import {DutyShift, TeamView} from './team-view';
import {SkillShown} from './skills-shown';

const LEVEL_TEXT: Readonly<
  Record<NonNullable<SkillShown['level']>, MessageKey>
> = {
  learning: 'team.level.learning',
  supervised: 'team.level.supervised',
};

/** Where the page's links go: the help form, and this page in each language. */
export interface TeamLinks {
  readonly formUrl: string | undefined;
  /** This page's address without a language; `&lang=` is added per language. */
  readonly pageUrl: string;
}

/** The team page as a complete document in the look's language; every value escaped here. */
export function teamPage(
  look: PageLook,
  view: TeamView,
  links: TeamLinks
): {title: string; html: string} {
  const {catalogue, language} = look;
  const text = (
    key: MessageKey,
    values: Readonly<Record<string, string>> = {}
  ) => sayHtml(catalogue, language, key, values);
  // A name or skill typed in English keeps its own direction inside right-to-left text (sayHtml).
  const shift = (duty: DutyShift | undefined, none: MessageKey) =>
    duty
      ? text('team.when', {
          day: duty.today
            ? say(catalogue, language, 'team.today')
            : say(catalogue, language, `day.${duty.weekday}`),
          time: duty.time,
          names: duty.firstNames.join(', '),
        })
      : text(none);
  const nowCell = (duty: DutyShift | undefined) =>
    duty ? isolatedHtml(duty.firstNames.join(', ')) : text('team.nobody');
  const skill = (s: SkillShown) => {
    const name =
      normalised(s.skill) === 'all'
        ? say(catalogue, language, 'team.allSkills')
        : s.skill;
    return s.level
      ? text('team.skillLevel', {
          skill: name,
          level: say(catalogue, language, LEVEL_TEXT[s.level]),
        })
      : isolatedHtml(name);
  };
  const help = links.formUrl
    ? `<p><a href="${escapeHtml(links.formUrl)}">${text('team.helpLink')}</a></p>`
    : `<p>${text('team.helpNoForm')}</p>`;
  const dutyRows = view.duty
    .map(
      d =>
        `<tr><th scope="row">${isolatedHtml(d.campus)}</th><td>${nowCell(d.now)}</td><td>${shift(d.next, 'team.noneSoon')}</td></tr>`
    )
    .join('');
  const memberRows = view.members
    .map(
      m =>
        `<tr><th scope="row">${isolatedHtml(m.firstName)}</th><td>${isolatedHtml(m.role)}</td><td>${m.skills.map(skill).join(', ')}</td></tr>`
    )
    .join('');
  const languages = catalogue.languages
    .map(l => {
      const current = l.code === language ? ' aria-current="page"' : '';
      return `<li><a href="${escapeHtml(`${links.pageUrl}&lang=${encodeURIComponent(l.code)}`)}" lang="${escapeHtml(l.code)}" dir="${infoOf(catalogue, l.code).dir}"${current}>${escapeHtml(l.name)}</a></li>`;
    })
    .join('');
  const body =
    `<p>${text('team.intro')}</p>` +
    `<h2>${text('team.helpHeading')}</h2>${help}` +
    `<h2>${text('team.dutyHeading')}</h2>` +
    `<table><thead><tr><th scope="col">${text('team.campus')}</th><th scope="col">${text('team.now')}</th><th scope="col">${text('team.next')}</th></tr></thead><tbody>${dutyRows}</tbody></table>` +
    `<h2>${text('team.peopleHeading')}</h2>` +
    `<table><thead><tr><th scope="col">${text('team.name')}</th><th scope="col">${text('team.role')}</th><th scope="col">${text('team.skills')}</th></tr></thead><tbody>${memberRows}</tbody></table>` +
    `<nav aria-label="${text('team.languages')}"><ul class="languages">${languages}</ul></nav>`;
  return webPage(look, say(catalogue, language, 'team.title'), body, 'wide');
}
