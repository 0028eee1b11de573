// The intake form's responses read from the form itself: ids, moments and answers as typed.
import {RESPONSE_COLUMN} from '../../domain/tickets/intake-form';
import {ResponseIdentity} from '../../domain/tickets/response-keys';
import {PROPERTY, scriptProperty} from './properties';

type Form = GoogleAppsScript.Forms.Form;
type FormResponse = GoogleAppsScript.Forms.FormResponse;

/**
 * One response, each part read when first asked for: every getter is a FormApp call, and most
 * responses a sweep sees need only their id.
 */
export class IntakeResponse implements ResponseIdentity {
  private cachedId?: string;
  private cachedMs?: number;
  private cachedEmail?: string;

  constructor(
    private readonly response: FormResponse,
    private readonly questions: () => readonly {
      item: GoogleAppsScript.Forms.Item;
      title: string;
    }[]
  ) {}

  get id(): string {
    return (this.cachedId ??= this.response.getId());
  }

  get timestampMs(): number {
    return (this.cachedMs ??= this.response.getTimestamp().getTime());
  }

  get email(): string {
    return (this.cachedEmail ??= (
      this.response.getRespondentEmail() ?? ''
    ).toLowerCase());
  }

  /**
   * The answers by question title exactly as the respondent typed them, with the moment and
   * address under the response sheet's own column titles, as a submit event's `namedValues`.
   */
  namedAnswers(): Record<string, string | string[]> {
    const named: Record<string, string | string[]> = {
      [RESPONSE_COLUMN.timestamp]: new Date(this.timestampMs).toISOString(),
      [RESPONSE_COLUMN.email]: this.email,
    };
    for (const {item, title} of this.questions()) {
      // No answer to an item: Apps Script returns null.
      const answer = this.response.getResponseForItem(
        item
      ) as GoogleAppsScript.Forms.ItemResponse | null;
      if (answer) named[title] = answer.getResponse() as string | string[];
    }
    return named;
  }
}

/** The intake form setup recorded, or undefined when there is none or it cannot be opened. */
export function openIntakeForm(): Form | undefined {
  const id = scriptProperty(PROPERTY.formId);
  if (!id) return undefined;
  try {
    return FormApp.openById(id);
  } catch {
    return undefined;
  }
}

/**
 * The form's responses from `since` on (all of them without it)
 * (platform.md: Forms).
 */
export function responsesSince(
  form: Form,
  since: Date | undefined
): IntakeResponse[] {
  let questions: {item: GoogleAppsScript.Forms.Item; title: string}[];
  const items = () =>
    (questions ??= form
      .getItems()
      .map(item => ({item, title: item.getTitle()})));
  const responses = since ? form.getResponses(since) : form.getResponses();
  return responses.map(response => new IntakeResponse(response, items));
}
