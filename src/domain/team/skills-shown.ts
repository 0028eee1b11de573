// A tech's skills as the team page and the monthly report show them, with a level where one is kept.
import {Tech} from '../people/techs';

export interface SkillShown {
  readonly skill: string;
  /** learning, supervised, certified: absent while the Techs tab keeps no levels. */
  readonly level?: string;
}

/** The one place the team's views read skills from the Techs tab's parsed rows. */
export function skillsShown(tech: Tech): readonly SkillShown[] {
  return tech.skills.map(skill => ({skill}));
}
