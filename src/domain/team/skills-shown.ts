// A tech's skills as the team page and the monthly report show them, with the level kept for each.
import {Level, LEVELS} from '../people/skill-levels';
import {Tech} from '../people/techs';

export interface SkillShown {
  readonly skill: string;
  /** learning or supervised (the Techs tab's Skills cell); absent once certified, as most skills are. */
  readonly level?: Exclude<Level, 'certified'>;
}

/** The one place the team's views read skills from the Techs tab's parsed rows. */
export function skillsShown(tech: Tech): readonly SkillShown[] {
  return tech.skills.map(skill => {
    const level = tech.levels.find(entry => entry.category === skill)?.level;
    return level === LEVELS.certified ? {skill} : {skill, level};
  });
}
