// Email wording templates: for requesters in each supported language, and for techs.
import {Language} from './language';

/**
 * Message templates as data. `{name}` is replaced by a value (HTML-escaped in the HTML part).
 * A paragraph whose placeholders are all empty is left out.
 */
export interface Template {
  readonly subject: string;
  readonly paragraphs: readonly string[];
}

export type RequesterTemplate =
  | 'confirmation'
  | 'nextStepsAssigned'
  | 'nextStepsQueued'
  | 'duplicateNote'
  | 'selfHelpHeading'
  | 'resolved'
  | 'rate'
  | 'waiting';

export type TechTemplate =
  | 'assigned'
  | 'mentorHeadsUp'
  | 'nudge'
  | 'mentorNudge'
  | 'warning'
  | 'breach'
  | 'escalatedByHand';

export const REQUESTER_TEMPLATES: Readonly<
  Record<Language, Readonly<Record<RequesterTemplate, Template>>>
> = {
  en: {
    confirmation: {
      subject: '[{ticketId}] We got your request: {summary}',
      paragraphs: [
        'Thank you. Your request is ticket {ticketId}.',
        'Your summary: "{summary}"',
        'Priority: {priority}.',
      ],
    },
    nextStepsAssigned: {
      subject: '',
      paragraphs: [
        'What happens next: {assignee} from {deskName} will work on it and will contact you if they need anything.',
      ],
    },
    nextStepsQueued: {
      subject: '',
      paragraphs: [
        'What happens next: nobody is on duty right now, so your ticket is in the queue. The next tech on duty will pick it up.',
      ],
    },
    duplicateNote: {
      subject: '',
      paragraphs: [
        'It looks like the same problem as {duplicateOf}, so the same tech will handle both.',
      ],
    },
    selfHelpHeading: {
      subject: '',
      paragraphs: ['While you wait, these steps may help:'],
    },
    resolved: {
      subject: '[{ticketId}] Resolved: {summary}',
      paragraphs: [
        'Good news: ticket {ticketId} ("{summary}") is resolved.',
        'What was done: {resolution}',
        'If the problem is back, reply to this email and we will reopen it.',
      ],
    },
    rate: {
      subject: '',
      paragraphs: ['How did we do? Pick a rating from 1 (poor) to 5 (great):'],
    },
    waiting: {
      subject: '[{ticketId}] We need your help: {summary}',
      paragraphs: [
        '{assignee} is working on ticket {ticketId} ("{summary}") and needs something from you to go on.',
        'Please reply to this email or find {assignee} at the help desk.',
      ],
    },
  },
  es: {
    confirmation: {
      subject: '[{ticketId}] Recibimos su solicitud: {summary}',
      paragraphs: [
        'Gracias. Su solicitud es el ticket {ticketId}.',
        'Su resumen: "{summary}"',
        'Prioridad: {priority}.',
      ],
    },
    nextStepsAssigned: {
      subject: '',
      paragraphs: [
        'Próximos pasos: {assignee} de {deskName} se encargará y le contactará si necesita algo.',
      ],
    },
    nextStepsQueued: {
      subject: '',
      paragraphs: [
        'Próximos pasos: ahora no hay nadie de turno, así que su ticket está en la cola. El próximo técnico de turno lo atenderá.',
      ],
    },
    duplicateNote: {
      subject: '',
      paragraphs: [
        'Parece el mismo problema que {duplicateOf}, así que el mismo técnico atenderá ambos.',
      ],
    },
    selfHelpHeading: {
      subject: '',
      paragraphs: ['Mientras espera, estos pasos pueden ayudar:'],
    },
    resolved: {
      subject: '[{ticketId}] Resuelto: {summary}',
      paragraphs: [
        'Buenas noticias: el ticket {ticketId} ("{summary}") está resuelto.',
        'Lo que se hizo: {resolution}',
        'Si el problema vuelve, responda a este correo y lo reabriremos.',
      ],
    },
    rate: {
      subject: '',
      paragraphs: [
        '¿Cómo lo hicimos? Elija una calificación de 1 (mala) a 5 (excelente):',
      ],
    },
    waiting: {
      subject: '[{ticketId}] Necesitamos su ayuda: {summary}',
      paragraphs: [
        '{assignee} está trabajando en el ticket {ticketId} ("{summary}") y necesita algo de usted para continuar.',
        'Responda a este correo o busque a {assignee} en el centro de ayuda.',
      ],
    },
  },
};

/** Techs and mentors work in the desk's language: English. */
export const TECH_TEMPLATES: Readonly<Record<TechTemplate, Template>> = {
  assigned: {
    subject: '[{ticketId}] {priority} for you: {summary}',
    paragraphs: [
      'Ticket {ticketId} is yours.',
      'Where: {campus}, room {room}. Category: {category}. Device: {assetTag}.',
      'Summary: {summary}',
      'Details: {details}',
      'Requester: {requester}.',
      '{assignmentNote}',
      'Open the Tickets tab to work it: {sheetUrl}',
    ],
  },
  mentorHeadsUp: {
    subject: '[{ticketId}] Your junior {assignee} has a new {priority} ticket',
    paragraphs: [
      '{assignee} was just given ticket {ticketId}: {summary}',
      'Where: {campus}, room {room}. Category: {category}.',
      'Check in if they need a hand: {sheetUrl}',
    ],
  },
  nudge: {
    subject: '[{ticketId}] {priority} waiting for a first response: {summary}',
    paragraphs: [
      'Ticket {ticketId} has had no response for {elapsed} school minutes (target: {target}).',
      'Where: {campus}, room {room}. Category: {category}.',
      'Summary: {summary}',
      'Please set it to In Progress or Waiting on Requester: {rowUrl}',
    ],
  },
  mentorNudge: {
    subject: '[{ticketId}] {assignee} has not responded to a {priority} ticket',
    paragraphs: [
      'Ticket {ticketId} assigned to {assignee} has had no response for {elapsed} school minutes (target: {target}).',
      'Where: {campus}, room {room}. Category: {category}.',
      'Summary: {summary}',
      'Please check in with {assignee} or take it: {rowUrl}',
    ],
  },
  warning: {
    subject:
      '[{ticketId}] {priority} close to its resolution target: {summary}',
    paragraphs: [
      'Ticket {ticketId} ({assignee}) has used {elapsed} of its {target} school minutes.',
      'Where: {campus}, room {room}. Category: {category}.',
      'Summary: {summary}',
      'It goes to Level 2 staff when the target passes: {rowUrl}',
    ],
  },
  breach: {
    subject: '[{ticketId}] Escalated to Level 2: {summary}',
    paragraphs: [
      'Ticket {ticketId} ({priority}) is now yours: {reason}',
      'Where: {campus}, room {room}. Category: {category}. Device: {assetTag}.',
      'Requester: {requester}.',
      'Summary: {summary}',
      'Details: {details}',
      'Student troubleshooting so far: {resolution}',
      'Activity:\n{activity}',
      'Open the ticket: {rowUrl}',
    ],
  },
  escalatedByHand: {
    subject: '[{ticketId}] Escalated to Level 2 by {editor}: {summary}',
    paragraphs: [
      '{editor} escalated ticket {ticketId} ({priority}) to Level 2 staff.',
      'Where: {campus}, room {room}. Category: {category}. Device: {assetTag}.',
      'Requester: {requester}.',
      'Summary: {summary}',
      'Details: {details}',
      'Student troubleshooting so far: {resolution}',
      'Activity:\n{activity}',
      'Open the ticket: {rowUrl}',
    ],
  },
};
