// The intake Google Form: its questions, and reading a response into ticket answers.
import {isDate} from './ticket-row';
import {DeskConfig} from '../configuration/config';
import {
  formChoice,
  LanguageInfo,
  SHIPPED_LANGUAGES,
} from '../languages/language';
import {IMPACTS, URGENCIES} from './priority';

/** The intake form as data: the forms adapter builds it, intake reads answers by these titles. */
export const QUESTION = {
  campus: 'Campus',
  room: 'Room',
  category: 'Category',
  assetTag: 'Device asset tag',
  impact: 'Who is affected?',
  urgency: 'How urgent is it?',
  summary: 'Short summary',
  details: 'Details',
  language: 'Preferred language / Idioma preferido',
  /**
   * Optional, added by hand (setup cannot: FormApp has no file-upload item, and the Forms API
   * "does not support creating file upload questions"); the desk reads it when present.
   */
  screenshots: 'Screenshot (optional)',
} as const;

/** Columns Google adds to the response sheet before the questions. */
export const RESPONSE_COLUMN = {
  timestamp: 'Timestamp',
  email: 'Email Address',
} as const;

export type QuestionKind = 'list' | 'choice' | 'text' | 'paragraph';

export interface Question {
  readonly title: string;
  readonly kind: QuestionKind;
  readonly help: string;
  readonly required: boolean;
  readonly choices: readonly string[];
}

export interface IntakeFormSpec {
  readonly title: string;
  readonly description: string;
  readonly questions: readonly Question[];
}

export function intakeFormSpec(
  config: DeskConfig,
  languages: readonly LanguageInfo[] = SHIPPED_LANGUAGES
): IntakeFormSpec {
  const q = (
    title: string,
    kind: QuestionKind,
    help: string,
    required: boolean,
    choices: readonly string[] = []
  ): Question => ({title, kind, help, required, choices});
  return {
    title: `${config.deskName}: report a tech problem`,
    description:
      'Tell the student tech desk what is wrong. It takes under a minute; you will get an email with your ticket number and some self-help tips. ' +
      '/ Cuéntenos qué falla. Recibirá un correo con su número de ticket y consejos.',
    questions: [
      q(QUESTION.campus, 'list', '', true, config.campuses),
      q(
        QUESTION.room,
        'text',
        'Room number or name, e.g. 214 or Library.',
        true
      ),
      q(QUESTION.category, 'list', '', true, config.categories),
      q(
        QUESTION.assetTag,
        'text',
        'The sticker on the device, e.g. CB-10423. Leave blank if there is none.',
        false
      ),
      q(QUESTION.impact, 'choice', '', true, IMPACTS),
      q(QUESTION.urgency, 'choice', '', true, URGENCIES),
      q(
        QUESTION.summary,
        'text',
        'One line, e.g. "Projector shows no signal".',
        true
      ),
      q(
        QUESTION.details,
        'paragraph',
        'What happened, what you tried, error messages.',
        false
      ),
      q(
        QUESTION.language,
        'choice',
        'For our emails to you.',
        false,
        languages.map(formChoice)
      ),
    ],
  };
}

export interface FormAnswers {
  readonly timestamp: string;
  readonly email: string;
  readonly campus: string;
  readonly room: string;
  readonly category: string;
  readonly assetTag: string;
  readonly impact: string;
  readonly urgency: string;
  readonly summary: string;
  readonly details: string;
  readonly language: string;
  /** The file-upload answer as the response holds it (Drive links), or empty. */
  readonly screenshots: string;
}

/** Answers from a submit event's `namedValues` (each title maps to an array of strings). */
export function answersFrom(
  named: Readonly<Record<string, readonly string[] | string | undefined>>
): FormAnswers {
  const answer = (title: string): string => {
    const value = named[title];
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' ? first : '';
  };
  return {
    timestamp: answer(RESPONSE_COLUMN.timestamp).trim(),
    email: answer(RESPONSE_COLUMN.email).trim().toLowerCase(),
    campus: answer(QUESTION.campus).trim(),
    room: answer(QUESTION.room).trim(),
    category: answer(QUESTION.category).trim(),
    assetTag: answer(QUESTION.assetTag).trim(),
    impact: answer(QUESTION.impact).trim(),
    urgency: answer(QUESTION.urgency).trim(),
    summary: answer(QUESTION.summary),
    details: answer(QUESTION.details),
    language: answer(QUESTION.language).trim(),
    screenshots: answer(QUESTION.screenshots).trim(),
  };
}

/** A blank event (reported in the wild, platform.md: Trigger events) has no answer at all. */
export function isBlankResponse(answers: FormAnswers): boolean {
  return (
    [
      answers.campus,
      answers.room,
      answers.category,
      answers.assetTag,
      answers.impact,
      answers.urgency,
      answers.summary,
      answers.details,
      answers.language,
      answers.screenshots,
    ].every(answer => answer.trim() === '') && answers.email === ''
  );
}

/**
 * The answers keyed by the response's moment as stored in its row, when there is one, so a ticket's
 * key does not depend on how the Timestamp column happens to be formatted.
 */
export function withStoredMoment(
  answers: FormAnswers,
  stamp: unknown
): FormAnswers {
  return isDate(stamp) ? {...answers, timestamp: stamp.toISOString()} : answers;
}

/**
 * The key tickets carried before responses were keyed by their form response id, and still do
 * when the form cannot be read: the stored moment and the address, which two requests sent in
 * the same second share.
 */
export function responseKey(answers: FormAnswers): string {
  return `${answers.timestamp}|${answers.email}`;
}

/** Two responses say the same thing: every answer equal, whatever their moments. */
export function sameAnswers(a: FormAnswers, b: FormAnswers): boolean {
  return (Object.keys(a) as (keyof FormAnswers)[]).every(
    field => field === 'timestamp' || a[field] === b[field]
  );
}
