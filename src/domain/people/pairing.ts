// Whether a tech may be given a category's ticket beside whoever else is on duty: a learner only with their mentor.
import {LEVELS, levelIn} from './skill-levels';
import {Tech} from './techs';

/** A learning tech's mentor, when on duty with them. */
export function mentorBeside(
  tech: Tech,
  onDutyTechs: readonly Tech[]
): Tech | undefined {
  return onDutyTechs.find(t => t.email === tech.mentor && t !== tech);
}

/** A skilled tech takes the ticket unless still learning the category without their mentor on duty. */
export function mayTakeBeside(
  tech: Tech,
  category: string,
  onDutyTechs: readonly Tech[]
): boolean {
  return (
    levelIn(tech.levels, category)?.level !== LEVELS.learning ||
    mentorBeside(tech, onDutyTechs) !== undefined
  );
}
