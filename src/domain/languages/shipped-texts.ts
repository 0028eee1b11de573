// Every requester-facing text the desk ships, per language: emails, status lines, the rating, Knowledge Base and team pages.
import {TEAM_KEYS, TEAM_TEXTS} from './team-texts';

export const MESSAGE_KEYS = [
  'email.signature',
  'email.why',
  'email.summary',
  'email.where',
  'email.whereValue',
  'email.device',
  'email.priority',
  'priority.P1',
  'priority.P2',
  'priority.P3',
  'priority.P4',
  'status.assigned',
  'status.nextDutyToday',
  'status.nextDutyLater',
  'status.queued',
  'status.escalated',
  'status.waiting',
  'status.resolved',
  'confirmation.subject',
  'confirmation.heading',
  'confirmation.intro',
  'confirmation.duplicate',
  'selfHelp.heading',
  'assigned.subject',
  'assigned.heading',
  'assigned.intro',
  'waiting.subject',
  'waiting.heading',
  'waiting.intro',
  'waiting.reply',
  'waiting.form',
  'escalated.subject',
  'escalated.heading',
  'escalated.intro',
  'resolved.subject',
  'resolved.heading',
  'resolved.intro',
  'resolved.what',
  'resolved.again',
  'rate.prompt',
  'rate.star',
  'page.confirmTitle',
  'page.confirm',
  'page.record',
  'page.thanksTitle',
  'page.rated',
  'page.comment',
  'page.send',
  'page.commented',
  'page.refusedTitle',
  'page.usedTitle',
  'page.forged',
  'page.used',
  'page.stale',
  'selfHelp.fixed',
  'selfHelp.browse',
  'fixed.title',
  'fixed.prompt',
  'fixed.button',
  'fixed.doneTitle',
  'fixed.done',
  'fixed.closedTitle',
  'fixed.closed',
  'fixed.forged',
  'kb.title',
  'kb.intro',
  'kb.search',
  'kb.button',
  'kb.results',
  'kb.none',
  'kb.inEnglish',
  'teacher.emailLink',
  'teacher.emailLinkLabel',
  'teacher.title',
  'teacher.open',
  'teacher.recent',
  'teacher.none',
  'teacher.onIt',
  'teacher.nobody',
  'teacher.nextLabel',
  'teacher.next.queued',
  'teacher.next.working',
  'teacher.next.waiting',
  'teacher.next.escalated',
  'teacher.next.resolved',
  'teacher.selfHelp',
  'teacher.answerLabel',
  'teacher.answerSend',
  'teacher.answeredTitle',
  'teacher.answered',
  'teacher.answerEmpty',
  'teacher.answerStale',
  'teacher.preference',
  'teacher.pref.every',
  'teacher.pref.resolved',
  'teacher.pref.daily',
  'teacher.prefNote',
  'teacher.prefSave',
  'teacher.prefSaved',
  'teacher.forged',
  'teacher.stale',
  'summary.subject',
  'summary.heading',
  'summary.intro',
  'day.Mon',
  'day.Tue',
  'day.Wed',
  'day.Thu',
  'day.Fri',
  'day.Sat',
  'day.Sun',
  ...TEAM_KEYS,
] as const;

export type MessageKey = (typeof MESSAGE_KEYS)[number];

export type Texts = Readonly<Record<MessageKey, string>>;

const EN: Texts = {
  ...TEAM_TEXTS.en,
  'email.signature': 'The {deskName} team',
  'email.why': 'You receive this email because you asked {deskName} for help.',
  'email.summary': 'Your summary',
  'email.where': 'Where',
  'email.whereValue': '{campus}, room {room}',
  'email.device': 'Device',
  'email.priority': 'How urgent',
  'priority.P1': 'Urgent: handled first',
  'priority.P2': 'High: handled soon',
  'priority.P3': 'Normal: handled in the order requests arrive',
  'priority.P4': 'Low: handled when the desk has time',
  'status.assigned':
    '{assignee} is on it and will contact you if they need anything.',
  'status.nextDutyToday': 'A tech comes on duty at {time} and will pick it up.',
  'status.nextDutyLater':
    'A tech comes on duty {day} at {time} and will pick it up.',
  'status.queued': 'Your ticket is in the queue for the next tech on duty.',
  'status.escalated': 'Your ticket has been passed to the district tech team.',
  'status.waiting': '{assignee} needs something from you to go on.',
  'status.resolved': '{assignee} resolved it.',
  'confirmation.subject': '[{ticketId}] We got your request: {summary}',
  'confirmation.heading': 'We got your request',
  'confirmation.intro': 'Thank you. Your request is ticket {ticketId}.',
  'confirmation.duplicate':
    'It looks like the same problem as ticket {duplicateOf}, so the same tech will handle both.',
  'selfHelp.heading': 'While you wait, these steps may help',
  'assigned.subject': '[{ticketId}] {assignee} is on it: {summary}',
  'assigned.heading': '{assignee} is on your ticket',
  'assigned.intro': 'Ticket {ticketId} ("{summary}") now has a tech.',
  'waiting.subject': '[{ticketId}] We need your help: {summary}',
  'waiting.heading': 'We need your help',
  'waiting.intro':
    '{assignee} is working on ticket {ticketId} ("{summary}") and needs something from you to go on.',
  'waiting.reply':
    'Reply to this email: your answer goes straight to {assignee}.',
  'waiting.form':
    'Please send your answer with the help form and mention ticket {ticketId}.',
  'escalated.subject':
    '[{ticketId}] Passed to the district tech team: {summary}',
  'escalated.heading': 'Your ticket went to the district tech team',
  'escalated.intro':
    'Ticket {ticketId} ("{summary}") needs more than the student desk can do, so the district tech team now has it, with everything you sent.',
  'resolved.subject': '[{ticketId}] Resolved: {summary}',
  'resolved.heading': 'Your ticket is resolved',
  'resolved.intro': 'Good news: ticket {ticketId} ("{summary}") is resolved.',
  'resolved.what': 'What was done',
  'resolved.again':
    'If the problem comes back, send a new request with the form and mention ticket {ticketId}.',
  'rate.prompt': 'How did we do? Pick a rating from 1 (poor) to 5 (great).',
  'rate.star': '{rating} out of 5',
  'page.confirmTitle': 'Rate your ticket',
  'page.confirm':
    'You chose {rating} out of 5 for ticket {ticketId}. Press the button to send your rating.',
  'page.record': 'Send my rating',
  'page.thanksTitle': 'Thank you',
  'page.rated': 'Thank you! You rated ticket {ticketId} {rating} out of 5.',
  'page.comment':
    'Anything else you would like to tell the help desk? (optional)',
  'page.send': 'Send comment',
  'page.commented': 'Thank you, your comment reached the help desk.',
  'page.refusedTitle': 'This link did not work',
  'page.usedTitle': 'Already rated',
  'page.forged':
    'This rating link is not valid. Please use the link in your email exactly as it was sent.',
  'page.used': 'This ticket has already been rated. Thank you!',
  'page.stale':
    'This link belongs to an earlier resolution of the ticket. Please use the link in the latest email.',
  'selfHelp.fixed': 'This fixed it',
  'selfHelp.browse': 'Browse the Knowledge Base',
  'fixed.title': 'Did this fix it?',
  'fixed.prompt':
    'If these steps solved your problem, press the button: ticket {ticketId} will be closed and nobody needs to come.',
  'fixed.button': 'Yes, this fixed it',
  'fixed.doneTitle': 'Glad it is fixed',
  'fixed.done':
    'Thank you! Ticket {ticketId} is now resolved. If the problem comes back, send a new request with the help form.',
  'fixed.closedTitle': 'Already resolved',
  'fixed.closed':
    'Ticket {ticketId} is already resolved, so there is nothing more to do. Thank you!',
  'fixed.forged':
    'This link is not valid. Please use the link in your email exactly as it was sent.',
  'kb.title': 'Knowledge Base',
  'kb.intro':
    'Steps the {deskName} team wrote for problems that come up often.',
  'kb.search': 'Search the articles',
  'kb.button': 'Search',
  'kb.results': 'Articles for "{query}"',
  'kb.none':
    'No article matches your search. Try other words, or send a request with the help form.',
  'kb.inEnglish': 'In English',
  'day.Mon': 'on Monday',
  'day.Tue': 'on Tuesday',
  'day.Wed': 'on Wednesday',
  'day.Thu': 'on Thursday',
  'day.Fri': 'on Friday',
  'day.Sat': 'on Saturday',
  'day.Sun': 'on Sunday',
  'teacher.emailLink':
    'See all your requests, answer the desk and choose how often we email you:',
  'teacher.emailLinkLabel': 'Your requests',
  'teacher.title': 'Your requests',
  'teacher.open': 'Open requests',
  'teacher.recent': 'Recently resolved',
  'teacher.none': 'None right now.',
  'teacher.onIt': 'Who is on it',
  'teacher.nobody': 'Nobody yet',
  'teacher.nextLabel': 'What happens next',
  'teacher.next.queued': 'The next tech on duty picks it up and emails you.',
  'teacher.next.working':
    '{assignee} works on it and tells you when it is resolved.',
  'teacher.next.waiting':
    '{assignee} needs your answer before going on: write it below.',
  'teacher.next.escalated':
    'The district tech team works on it and tells you when it is resolved.',
  'teacher.next.resolved':
    'Nothing more: if the problem comes back, send a new request with this ticket number.',
  'teacher.selfHelp': 'Self-help we suggested',
  'teacher.answerLabel': 'Your answer to {assignee}',
  'teacher.answerSend': 'Send my answer',
  'teacher.answeredTitle': 'Your answer was sent',
  'teacher.answered':
    'Thank you. {assignee} has your answer and ticket {ticketId} is back in progress.',
  'teacher.answerEmpty': 'Your answer was empty, so nothing was sent.',
  'teacher.answerStale':
    'Ticket {ticketId} changed since you opened this page, or your answer was already sent. Open your link again to see where it stands.',
  'teacher.preference': 'How often should we email you?',
  'teacher.pref.every': 'At every step',
  'teacher.pref.resolved': 'Only when a request is resolved',
  'teacher.pref.daily': 'One summary a day',
  'teacher.prefNote':
    'Whatever you choose, we write when we need something from you, and you get a receipt for each new request.',
  'teacher.prefSave': 'Save my choice',
  'teacher.prefSaved': 'Saved: {choice}.',
  'teacher.forged':
    'This link is not valid. Please use the link from your email exactly as it was sent.',
  'teacher.stale':
    'This link is too old. Please use the link in the most recent email from the desk.',
  'summary.subject': 'Your requests today: {count} changed',
  'summary.heading': 'Your requests today',
  'summary.intro':
    'You chose one summary a day. Here is where the requests that changed today stand.',
};

const ES: Texts = {
  ...TEAM_TEXTS.es,
  'email.signature': 'El equipo de {deskName}',
  'email.why': 'Recibe este correo porque pidió ayuda a {deskName}.',
  'email.summary': 'Su resumen',
  'email.where': 'Lugar',
  'email.whereValue': '{campus}, aula {room}',
  'email.device': 'Equipo',
  'email.priority': 'Urgencia',
  'priority.P1': 'Urgente: se atiende primero',
  'priority.P2': 'Alta: se atiende pronto',
  'priority.P3': 'Normal: se atiende por orden de llegada',
  'priority.P4': 'Baja: se atiende cuando el equipo tiene tiempo',
  'status.assigned':
    '{assignee} se está encargando y le contactará si necesita algo.',
  'status.nextDutyToday':
    'Un técnico entra de turno a las {time} y lo atenderá.',
  'status.nextDutyLater':
    'Un técnico entra de turno {day} a las {time} y lo atenderá.',
  'status.queued':
    'Su ticket está en la cola para el próximo técnico de turno.',
  'status.escalated': 'Su ticket pasó al equipo técnico del distrito.',
  'status.waiting': '{assignee} necesita algo de usted para continuar.',
  'status.resolved': '{assignee} lo resolvió.',
  'confirmation.subject': '[{ticketId}] Recibimos su solicitud: {summary}',
  'confirmation.heading': 'Recibimos su solicitud',
  'confirmation.intro': 'Gracias. Su solicitud es el ticket {ticketId}.',
  'confirmation.duplicate':
    'Parece el mismo problema que el ticket {duplicateOf}, así que el mismo técnico atenderá ambos.',
  'selfHelp.heading': 'Mientras espera, estos pasos pueden ayudar',
  'assigned.subject': '[{ticketId}] {assignee} se encarga: {summary}',
  'assigned.heading': '{assignee} se encarga de su ticket',
  'assigned.intro': 'El ticket {ticketId} ("{summary}") ya tiene un técnico.',
  'waiting.subject': '[{ticketId}] Necesitamos su ayuda: {summary}',
  'waiting.heading': 'Necesitamos su ayuda',
  'waiting.intro':
    '{assignee} está trabajando en el ticket {ticketId} ("{summary}") y necesita algo de usted para continuar.',
  'waiting.reply':
    'Responda a este correo: su respuesta le llega directamente a {assignee}.',
  'waiting.form':
    'Envíe su respuesta con el formulario de ayuda e indique el ticket {ticketId}.',
  'escalated.subject':
    '[{ticketId}] Pasó al equipo técnico del distrito: {summary}',
  'escalated.heading': 'Su ticket pasó al equipo técnico del distrito',
  'escalated.intro':
    'El ticket {ticketId} ("{summary}") necesita más de lo que puede hacer el equipo de estudiantes, así que ahora lo tiene el equipo técnico del distrito, con todo lo que usted envió.',
  'resolved.subject': '[{ticketId}] Resuelto: {summary}',
  'resolved.heading': 'Su ticket está resuelto',
  'resolved.intro':
    'Buenas noticias: el ticket {ticketId} ("{summary}") está resuelto.',
  'resolved.what': 'Lo que se hizo',
  'resolved.again':
    'Si el problema vuelve, envíe una nueva solicitud con el formulario e indique el ticket {ticketId}.',
  'rate.prompt':
    '¿Cómo lo hicimos? Elija una calificación de 1 (mala) a 5 (excelente).',
  'rate.star': '{rating} de 5',
  'page.confirmTitle': 'Califique su ticket',
  'page.confirm':
    'Eligió {rating} de 5 para el ticket {ticketId}. Pulse el botón para enviar su calificación.',
  'page.record': 'Enviar mi calificación',
  'page.thanksTitle': 'Gracias',
  'page.rated': '¡Gracias! Calificó el ticket {ticketId} con {rating} de 5.',
  'page.comment': '¿Algo más que quiera decirle al centro de ayuda? (opcional)',
  'page.send': 'Enviar comentario',
  'page.commented': 'Gracias, su comentario llegó al centro de ayuda.',
  'page.refusedTitle': 'Este enlace no funcionó',
  'page.usedTitle': 'Ya calificado',
  'page.forged':
    'Este enlace de calificación no es válido. Use el enlace de su correo tal como se envió.',
  'page.used': 'Este ticket ya fue calificado. ¡Gracias!',
  'page.stale':
    'Este enlace corresponde a una resolución anterior del ticket. Use el enlace del correo más reciente.',
  'selfHelp.fixed': 'Esto lo resolvió',
  'selfHelp.browse': 'Ver la base de conocimientos',
  'fixed.title': '¿Esto lo resolvió?',
  'fixed.prompt':
    'Si estos pasos resolvieron su problema, pulse el botón: el ticket {ticketId} se cerrará y nadie tendrá que ir.',
  'fixed.button': 'Sí, esto lo resolvió',
  'fixed.doneTitle': 'Nos alegra que esté resuelto',
  'fixed.done':
    '¡Gracias! El ticket {ticketId} está resuelto. Si el problema vuelve, envíe una nueva solicitud con el formulario de ayuda.',
  'fixed.closedTitle': 'Ya resuelto',
  'fixed.closed':
    'El ticket {ticketId} ya está resuelto, así que no hay nada más que hacer. ¡Gracias!',
  'fixed.forged':
    'Este enlace no es válido. Use el enlace de su correo tal como se envió.',
  'kb.title': 'Base de conocimientos',
  'kb.intro':
    'Pasos que el equipo de {deskName} escribió para los problemas más frecuentes.',
  'kb.search': 'Buscar en los artículos',
  'kb.button': 'Buscar',
  'kb.results': 'Artículos para «{query}»',
  'kb.none':
    'Ningún artículo coincide con su búsqueda. Pruebe otras palabras o envíe una solicitud con el formulario de ayuda.',
  'kb.inEnglish': 'En inglés',
  'day.Mon': 'el lunes',
  'day.Tue': 'el martes',
  'day.Wed': 'el miércoles',
  'day.Thu': 'el jueves',
  'day.Fri': 'el viernes',
  'day.Sat': 'el sábado',
  'day.Sun': 'el domingo',
  'teacher.emailLink':
    'Vea todas sus solicitudes, responda al centro de ayuda y elija con qué frecuencia le escribimos:',
  'teacher.emailLinkLabel': 'Sus solicitudes',
  'teacher.title': 'Sus solicitudes',
  'teacher.open': 'Solicitudes abiertas',
  'teacher.recent': 'Resueltas recientemente',
  'teacher.none': 'Ninguna por ahora.',
  'teacher.onIt': 'Quién se encarga',
  'teacher.nobody': 'Nadie todavía',
  'teacher.nextLabel': 'Qué sigue',
  'teacher.next.queued':
    'El próximo técnico de turno la tomará y le escribirá.',
  'teacher.next.working':
    '{assignee} trabaja en ello y le avisará cuando esté resuelto.',
  'teacher.next.waiting':
    '{assignee} necesita su respuesta para continuar: escríbala abajo.',
  'teacher.next.escalated':
    'El equipo técnico del distrito trabaja en ello y le avisará cuando esté resuelto.',
  'teacher.next.resolved':
    'Nada más: si el problema vuelve, envíe una nueva solicitud con este número de ticket.',
  'teacher.selfHelp': 'Ayuda que le sugerimos',
  'teacher.answerLabel': 'Su respuesta para {assignee}',
  'teacher.answerSend': 'Enviar mi respuesta',
  'teacher.answeredTitle': 'Su respuesta fue enviada',
  'teacher.answered':
    'Gracias. {assignee} tiene su respuesta y el ticket {ticketId} vuelve a estar en curso.',
  'teacher.answerEmpty': 'Su respuesta estaba vacía, así que no se envió nada.',
  'teacher.answerStale':
    'El ticket {ticketId} cambió desde que abrió esta página, o su respuesta ya se envió. Abra su enlace de nuevo para ver cómo va.',
  'teacher.preference': '¿Con qué frecuencia quiere que le escribamos?',
  'teacher.pref.every': 'En cada paso',
  'teacher.pref.resolved': 'Solo cuando se resuelva una solicitud',
  'teacher.pref.daily': 'Un resumen al día',
  'teacher.prefNote':
    'Elija lo que elija, le escribiremos cuando necesitemos algo de usted, y recibirá un acuse por cada nueva solicitud.',
  'teacher.prefSave': 'Guardar mi elección',
  'teacher.prefSaved': 'Guardado: {choice}.',
  'teacher.forged':
    'Este enlace no es válido. Use el enlace de su correo tal como se envió.',
  'teacher.stale':
    'Este enlace es demasiado antiguo. Use el enlace del correo más reciente del centro de ayuda.',
  'summary.subject': 'Sus solicitudes hoy: {count} con cambios',
  'summary.heading': 'Sus solicitudes hoy',
  'summary.intro':
    'Eligió un resumen al día. Así están las solicitudes que cambiaron hoy.',
};

const PL: Texts = {
  ...TEAM_TEXTS.pl,
  'email.signature': 'Zespół {deskName}',
  'email.why':
    'Ta wiadomość jest odpowiedzią na prośbę o pomoc wysłaną do {deskName}.',
  'email.summary': 'Opis w skrócie',
  'email.where': 'Miejsce',
  'email.whereValue': '{campus}, sala {room}',
  'email.device': 'Urządzenie',
  'email.priority': 'Pilność',
  'priority.P1': 'Pilne: obsługiwane w pierwszej kolejności',
  'priority.P2': 'Wysoka: obsługiwane wkrótce',
  'priority.P3': 'Zwykła: obsługiwane w kolejności zgłoszeń',
  'priority.P4': 'Niska: obsługiwane, gdy zespół ma czas',
  'status.assigned':
    '{assignee} zajmuje się zgłoszeniem i odezwie się, jeśli będzie czegoś potrzebować.',
  'status.nextDutyToday':
    'Technik zaczyna dyżur o {time} i zajmie się zgłoszeniem.',
  'status.nextDutyLater':
    'Technik zaczyna dyżur {day} o {time} i zajmie się zgłoszeniem.',
  'status.queued':
    'Zgłoszenie czeka w kolejce na najbliższego dyżurnego technika.',
  'status.escalated':
    'Zgłoszenie zostało przekazane do zespołu technicznego okręgu szkolnego.',
  'status.waiting':
    '{assignee} potrzebuje od Państwa informacji, aby kontynuować.',
  'status.resolved': 'Rozwiązanie: {assignee}.',
  'confirmation.subject':
    '[{ticketId}] Otrzymaliśmy Państwa zgłoszenie: {summary}',
  'confirmation.heading': 'Otrzymaliśmy zgłoszenie',
  'confirmation.intro': 'Dziękujemy. Państwa zgłoszenie ma numer {ticketId}.',
  'confirmation.duplicate':
    'Wygląda to na ten sam problem co zgłoszenie {duplicateOf}, więc oba obsłuży ten sam technik.',
  'selfHelp.heading': 'W międzyczasie mogą pomóc te kroki',
  'assigned.subject':
    '[{ticketId}] {assignee} zajmuje się zgłoszeniem: {summary}',
  'assigned.heading': '{assignee} zajmuje się Państwa zgłoszeniem',
  'assigned.intro': 'Zgłoszenie {ticketId} („{summary}”) ma już technika.',
  'waiting.subject': '[{ticketId}] Potrzebujemy Państwa pomocy: {summary}',
  'waiting.heading': 'Potrzebujemy Państwa pomocy',
  'waiting.intro':
    '{assignee} pracuje nad zgłoszeniem {ticketId} („{summary}”) i potrzebuje od Państwa informacji, aby kontynuować.',
  'waiting.reply':
    'Prosimy odpowiedzieć na tę wiadomość – odpowiedź otrzyma bezpośrednio {assignee}.',
  'waiting.form':
    'Prosimy wysłać odpowiedź przez formularz pomocy i podać numer zgłoszenia {ticketId}.',
  'escalated.subject':
    '[{ticketId}] Przekazane do zespołu technicznego okręgu: {summary}',
  'escalated.heading': 'Zgłoszenie trafiło do zespołu technicznego okręgu',
  'escalated.intro':
    'Zgłoszenie {ticketId} („{summary}”) wymaga więcej, niż może zrobić zespół uczniowski, dlatego zajmuje się nim teraz zespół techniczny okręgu szkolnego, ze wszystkimi przesłanymi informacjami.',
  'resolved.subject': '[{ticketId}] Rozwiązane: {summary}',
  'resolved.heading': 'Zgłoszenie zostało rozwiązane',
  'resolved.intro':
    'Dobra wiadomość: zgłoszenie {ticketId} („{summary}”) zostało rozwiązane.',
  'resolved.what': 'Co zostało zrobione',
  'resolved.again':
    'Jeśli problem wróci, prosimy wysłać nowe zgłoszenie przez formularz i podać numer {ticketId}.',
  'rate.prompt':
    'Jak nam poszło? Prosimy wybrać ocenę od 1 (słabo) do 5 (świetnie).',
  'rate.star': '{rating} na 5',
  'page.confirmTitle': 'Ocena zgłoszenia',
  'page.confirm':
    'Wybrano ocenę {rating} na 5 dla zgłoszenia {ticketId}. Prosimy nacisnąć przycisk, aby wysłać ocenę.',
  'page.record': 'Wyślij ocenę',
  'page.thanksTitle': 'Dziękujemy',
  'page.rated':
    'Dziękujemy! Zgłoszenie {ticketId} otrzymało ocenę {rating} na 5.',
  'page.comment':
    'Czy chcą Państwo jeszcze coś przekazać zespołowi? (opcjonalnie)',
  'page.send': 'Wyślij komentarz',
  'page.commented': 'Dziękujemy, komentarz dotarł do zespołu.',
  'page.refusedTitle': 'Ten link nie zadziałał',
  'page.usedTitle': 'Już ocenione',
  'page.forged':
    'Ten link do oceny jest nieprawidłowy. Prosimy użyć linku z wiadomości dokładnie w takiej postaci, w jakiej został wysłany.',
  'page.used': 'To zgłoszenie zostało już ocenione. Dziękujemy!',
  'page.stale':
    'Ten link dotyczy wcześniejszego rozwiązania zgłoszenia. Prosimy użyć linku z najnowszej wiadomości.',
  'selfHelp.fixed': 'To pomogło',
  'selfHelp.browse': 'Przeglądaj bazę wiedzy',
  'fixed.title': 'Czy to pomogło?',
  'fixed.prompt':
    'Jeśli te kroki rozwiązały problem, naciśnij przycisk: zgłoszenie {ticketId} zostanie zamknięte i nikt nie musi przychodzić.',
  'fixed.button': 'Tak, to pomogło',
  'fixed.doneTitle': 'Cieszymy się, że działa',
  'fixed.done':
    'Dziękujemy! Zgłoszenie {ticketId} jest rozwiązane. Jeśli problem wróci, wyślij nowe zgłoszenie przez formularz pomocy.',
  'fixed.closedTitle': 'Już rozwiązane',
  'fixed.closed':
    'Zgłoszenie {ticketId} jest już rozwiązane, więc nie trzeba nic więcej robić. Dziękujemy!',
  'fixed.forged':
    'Ten link jest nieprawidłowy. Użyj linku z wiadomości dokładnie w takiej postaci, w jakiej został wysłany.',
  'kb.title': 'Baza wiedzy',
  'kb.intro': 'Kroki, które zespół {deskName} opisał dla częstych problemów.',
  'kb.search': 'Szukaj w artykułach',
  'kb.button': 'Szukaj',
  'kb.results': 'Artykuły dla „{query}”',
  'kb.none':
    'Żaden artykuł nie pasuje do wyszukiwania. Spróbuj innych słów lub wyślij zgłoszenie przez formularz pomocy.',
  'kb.inEnglish': 'Po angielsku',
  'day.Mon': 'w poniedziałek',
  'day.Tue': 'we wtorek',
  'day.Wed': 'w środę',
  'day.Thu': 'w czwartek',
  'day.Fri': 'w piątek',
  'day.Sat': 'w sobotę',
  'day.Sun': 'w niedzielę',
  'teacher.emailLink':
    'Zobacz wszystkie swoje zgłoszenia, odpowiedz zespołowi i wybierz, jak często mamy pisać:',
  'teacher.emailLinkLabel': 'Twoje zgłoszenia',
  'teacher.title': 'Twoje zgłoszenia',
  'teacher.open': 'Otwarte zgłoszenia',
  'teacher.recent': 'Niedawno rozwiązane',
  'teacher.none': 'Obecnie brak.',
  'teacher.onIt': 'Kto się tym zajmuje',
  'teacher.nobody': 'Jeszcze nikt',
  'teacher.nextLabel': 'Co dalej',
  'teacher.next.queued':
    'Najbliższy dyżurny technik się nim zajmie i napisze do Ciebie.',
  'teacher.next.working':
    '{assignee} nad tym pracuje i da znać, gdy zgłoszenie zostanie rozwiązane.',
  'teacher.next.waiting':
    '{assignee} potrzebuje Twojej odpowiedzi, aby kontynuować: wpisz ją poniżej.',
  'teacher.next.escalated':
    'Zespół techniczny okręgu nad tym pracuje i da znać, gdy zgłoszenie zostanie rozwiązane.',
  'teacher.next.resolved':
    'Nic więcej: jeśli problem wróci, wyślij nowe zgłoszenie z tym numerem.',
  'teacher.selfHelp': 'Sugerowane przez nas porady',
  'teacher.answerLabel': 'Twoja odpowiedź dla: {assignee}',
  'teacher.answerSend': 'Wyślij odpowiedź',
  'teacher.answeredTitle': 'Odpowiedź wysłana',
  'teacher.answered':
    'Dziękujemy. {assignee} ma Twoją odpowiedź, a zgłoszenie {ticketId} jest znów w toku.',
  'teacher.answerEmpty': 'Odpowiedź była pusta, więc nic nie wysłano.',
  'teacher.answerStale':
    'Zgłoszenie {ticketId} zmieniło się od otwarcia tej strony albo odpowiedź została już wysłana. Otwórz link ponownie, aby zobaczyć jego stan.',
  'teacher.preference': 'Jak często mamy do Ciebie pisać?',
  'teacher.pref.every': 'Przy każdym kroku',
  'teacher.pref.resolved': 'Tylko po rozwiązaniu zgłoszenia',
  'teacher.pref.daily': 'Jedno podsumowanie dziennie',
  'teacher.prefNote':
    'Niezależnie od wyboru napiszemy, gdy będziemy czegoś od Ciebie potrzebować, i potwierdzimy każde nowe zgłoszenie.',
  'teacher.prefSave': 'Zapisz wybór',
  'teacher.prefSaved': 'Zapisano: {choice}.',
  'teacher.forged':
    'Ten link jest nieprawidłowy. Użyj linku z wiadomości dokładnie w takiej postaci, w jakiej został wysłany.',
  'teacher.stale':
    'Ten link jest zbyt stary. Użyj linku z najnowszej wiadomości od zespołu.',
  'summary.subject': 'Twoje zgłoszenia dziś: zmiany w {count}',
  'summary.heading': 'Twoje zgłoszenia dziś',
  'summary.intro':
    'Wybrano jedno podsumowanie dziennie. Oto stan zgłoszeń, które dziś się zmieniły.',
};

const ZH: Texts = {
  ...TEAM_TEXTS.zh,
  'email.signature': '{deskName} 团队',
  'email.why': '您收到此邮件，是因为您向 {deskName} 提交了求助。',
  'email.summary': '您的摘要',
  'email.where': '地点',
  'email.whereValue': '{campus}，{room} 教室',
  'email.device': '设备',
  'email.priority': '紧急程度',
  'priority.P1': '紧急：优先处理',
  'priority.P2': '高：尽快处理',
  'priority.P3': '一般：按提交顺序处理',
  'priority.P4': '低：在服务台有空时处理',
  'status.assigned': '{assignee} 正在处理，如需更多信息会联系您。',
  'status.nextDutyToday': '下一位技术员将于 {time} 上岗，届时会处理您的工单。',
  'status.nextDutyLater':
    '下一位技术员将于{day} {time} 上岗，届时会处理您的工单。',
  'status.queued': '您的工单正在排队，等待下一位值班技术员。',
  'status.escalated': '您的工单已转交给学区技术团队。',
  'status.waiting': '{assignee} 需要您提供一些信息才能继续。',
  'status.resolved': '由 {assignee} 解决。',
  'confirmation.subject': '[{ticketId}] 我们已收到您的请求：{summary}',
  'confirmation.heading': '我们已收到您的请求',
  'confirmation.intro': '谢谢。您的请求编号为 {ticketId}。',
  'confirmation.duplicate':
    '这似乎与工单 {duplicateOf} 是同一个问题，因此将由同一位技术员处理。',
  'selfHelp.heading': '在等待期间，以下步骤可能有帮助',
  'assigned.subject': '[{ticketId}] {assignee} 正在处理：{summary}',
  'assigned.heading': '{assignee} 正在处理您的工单',
  'assigned.intro': '工单 {ticketId}（“{summary}”）已有技术员负责。',
  'waiting.subject': '[{ticketId}] 需要您的帮助：{summary}',
  'waiting.heading': '需要您的帮助',
  'waiting.intro':
    '{assignee} 正在处理工单 {ticketId}（“{summary}”），需要您提供一些信息才能继续。',
  'waiting.reply': '请直接回复此邮件，回复会发送给 {assignee}。',
  'waiting.form': '请通过求助表单发送回复，并注明工单 {ticketId}。',
  'escalated.subject': '[{ticketId}] 已转交学区技术团队：{summary}',
  'escalated.heading': '您的工单已转交学区技术团队',
  'escalated.intro':
    '工单 {ticketId}（“{summary}”）超出了学生服务台的处理范围，现已连同您提供的全部信息转交学区技术团队。',
  'resolved.subject': '[{ticketId}] 已解决：{summary}',
  'resolved.heading': '您的工单已解决',
  'resolved.intro': '好消息：工单 {ticketId}（“{summary}”）已解决。',
  'resolved.what': '处理情况',
  'resolved.again':
    '如果问题再次出现，请通过表单提交新的请求，并注明工单 {ticketId}。',
  'rate.prompt': '我们做得怎么样？请选择 1（差）到 5（很好）的评分。',
  'rate.star': '{rating} 分（满分 5 分）',
  'page.confirmTitle': '为工单评分',
  'page.confirm':
    '您为工单 {ticketId} 选择了 {rating} 分（满分 5 分）。请按下按钮提交评分。',
  'page.record': '提交评分',
  'page.thanksTitle': '谢谢',
  'page.rated': '谢谢！您为工单 {ticketId} 评了 {rating} 分（满分 5 分）。',
  'page.comment': '还有什么想告诉服务台的吗？（可选）',
  'page.send': '发送意见',
  'page.commented': '谢谢，您的意见已送达服务台。',
  'page.refusedTitle': '此链接无法使用',
  'page.usedTitle': '已经评过分',
  'page.forged': '此评分链接无效。请按邮件中发送的原样使用链接。',
  'page.used': '此工单已经评过分。谢谢！',
  'page.stale': '此链接属于该工单较早的一次解决。请使用最新邮件中的链接。',
  'selfHelp.fixed': '这解决了问题',
  'selfHelp.browse': '浏览知识库',
  'fixed.title': '这解决了您的问题吗？',
  'fixed.prompt':
    '如果这些步骤解决了您的问题，请按下按钮：工单 {ticketId} 将被关闭，无需有人前来。',
  'fixed.button': '是的，问题已解决',
  'fixed.doneTitle': '很高兴问题已解决',
  'fixed.done':
    '谢谢！工单 {ticketId} 现已解决。如果问题再次出现，请通过帮助表单提交新的请求。',
  'fixed.closedTitle': '已经解决',
  'fixed.closed': '工单 {ticketId} 已经解决，无需再做任何事情。谢谢！',
  'fixed.forged': '此链接无效。请按原样使用邮件中的链接。',
  'kb.title': '知识库',
  'kb.intro': '{deskName} 团队为常见问题编写的步骤。',
  'kb.search': '搜索文章',
  'kb.button': '搜索',
  'kb.results': '“{query}”的相关文章',
  'kb.none':
    '没有与您的搜索匹配的文章。请尝试其他词语，或通过帮助表单提交请求。',
  'kb.inEnglish': '英文',
  'day.Mon': '周一',
  'day.Tue': '周二',
  'day.Wed': '周三',
  'day.Thu': '周四',
  'day.Fri': '周五',
  'day.Sat': '周六',
  'day.Sun': '周日',
  'teacher.emailLink':
    '查看您的所有请求、回复服务台，并选择我们给您发邮件的频率：',
  'teacher.emailLinkLabel': '您的请求',
  'teacher.title': '您的请求',
  'teacher.open': '未完成的请求',
  'teacher.recent': '最近已解决',
  'teacher.none': '目前没有。',
  'teacher.onIt': '负责人',
  'teacher.nobody': '暂无',
  'teacher.nextLabel': '下一步',
  'teacher.next.queued': '下一位值班技术员会接手并给您发邮件。',
  'teacher.next.working': '{assignee} 正在处理，解决后会通知您。',
  'teacher.next.waiting': '{assignee} 需要您的回复才能继续：请在下方填写。',
  'teacher.next.escalated': '学区技术团队正在处理，解决后会通知您。',
  'teacher.next.resolved':
    '无需其他操作：如果问题再次出现，请附上此工单号提交新请求。',
  'teacher.selfHelp': '我们建议的自助步骤',
  'teacher.answerLabel': '您给 {assignee} 的回复',
  'teacher.answerSend': '发送我的回复',
  'teacher.answeredTitle': '您的回复已发送',
  'teacher.answered':
    '谢谢。{assignee} 已收到您的回复，工单 {ticketId} 已恢复处理。',
  'teacher.answerEmpty': '您的回复为空，因此未发送任何内容。',
  'teacher.answerStale':
    '自您打开此页面后，工单 {ticketId} 已有变化，或您的回复已发送。请重新打开链接查看进展。',
  'teacher.preference': '我们应多久给您发一次邮件？',
  'teacher.pref.every': '每一步都发',
  'teacher.pref.resolved': '仅在请求解决时',
  'teacher.pref.daily': '每天一封汇总',
  'teacher.prefNote':
    '无论您如何选择，当我们需要您提供信息时都会写信给您，每个新请求也会收到确认。',
  'teacher.prefSave': '保存我的选择',
  'teacher.prefSaved': '已保存：{choice}。',
  'teacher.forged': '此链接无效。请完整使用邮件中发送的链接。',
  'teacher.stale': '此链接已过期。请使用服务台最近一封邮件中的链接。',
  'summary.subject': '您今天的请求：{count} 个有变化',
  'summary.heading': '您今天的请求',
  'summary.intro': '您选择了每天一封汇总。以下是今天有变化的请求的进展。',
};

const AR: Texts = {
  ...TEAM_TEXTS.ar,
  'email.signature': 'فريق {deskName}',
  'email.why': 'وصلتك هذه الرسالة لأنك طلبت المساعدة من {deskName}.',
  'email.summary': 'ملخصك',
  'email.where': 'المكان',
  'email.whereValue': '{campus}، الغرفة {room}',
  'email.device': 'الجهاز',
  'email.priority': 'درجة الاستعجال',
  'priority.P1': 'عاجل: يُعالَج أولاً',
  'priority.P2': 'مرتفع: يُعالَج قريباً',
  'priority.P3': 'عادي: يُعالَج حسب ترتيب وصول الطلبات',
  'priority.P4': 'منخفض: يُعالَج عندما يتوفر وقت لدى المكتب',
  'status.assigned':
    'طلبك الآن لدى {assignee}، وسيتم التواصل معك إذا احتاج الأمر إلى أي معلومات.',
  'status.nextDutyToday': 'يبدأ فني مناوبته الساعة {time} وسيتولى طلبك.',
  'status.nextDutyLater': 'يبدأ فني مناوبته {day} الساعة {time} وسيتولى طلبك.',
  'status.queued': 'طلبك في قائمة الانتظار للفني المناوب التالي.',
  'status.escalated':
    'تمت إحالة طلبك إلى فريق الدعم التقني في المنطقة التعليمية.',
  'status.waiting': 'يحتاج {assignee} إلى معلومات منك للمتابعة.',
  'status.resolved': 'تم الحل على يد {assignee}.',
  'confirmation.subject': '[{ticketId}] استلمنا طلبك: {summary}',
  'confirmation.heading': 'استلمنا طلبك',
  'confirmation.intro': 'شكراً لك. رقم طلبك هو {ticketId}.',
  'confirmation.duplicate':
    'يبدو أنها المشكلة نفسها في الطلب {duplicateOf}، لذلك سيتولى الفني نفسه الطلبين.',
  'selfHelp.heading': 'أثناء الانتظار، قد تساعدك هذه الخطوات',
  'assigned.subject': '[{ticketId}] طلبك لدى {assignee}: {summary}',
  'assigned.heading': 'طلبك الآن لدى {assignee}',
  'assigned.intro': 'أصبح للطلب {ticketId} («{summary}») فني مسؤول عنه.',
  'waiting.subject': '[{ticketId}] نحتاج إلى مساعدتك: {summary}',
  'waiting.heading': 'نحتاج إلى مساعدتك',
  'waiting.intro':
    'يعمل {assignee} على الطلب {ticketId} («{summary}») ويحتاج إلى معلومات منك للمتابعة.',
  'waiting.reply':
    'يُرجى الرد على هذه الرسالة، وسيصل ردك مباشرة إلى {assignee}.',
  'waiting.form':
    'يُرجى إرسال الرد عبر نموذج المساعدة مع ذكر رقم الطلب {ticketId}.',
  'escalated.subject':
    '[{ticketId}] أُحيل إلى فريق الدعم التقني في المنطقة: {summary}',
  'escalated.heading': 'أُحيل طلبك إلى فريق الدعم التقني في المنطقة التعليمية',
  'escalated.intro':
    'يحتاج الطلب {ticketId} («{summary}») إلى أكثر مما يستطيعه مكتب الطلاب، لذلك أصبح الآن لدى فريق الدعم التقني في المنطقة التعليمية مع كل ما أرسلته.',
  'resolved.subject': '[{ticketId}] تم الحل: {summary}',
  'resolved.heading': 'تم حل طلبك',
  'resolved.intro': 'أخبار سارة: تم حل الطلب {ticketId} («{summary}»).',
  'resolved.what': 'ما الذي تم',
  'resolved.again':
    'إذا عادت المشكلة، يُرجى إرسال طلب جديد عبر النموذج مع ذكر رقم الطلب {ticketId}.',
  'rate.prompt': 'كيف كانت خدمتنا؟ اختر تقييماً من 1 (ضعيف) إلى 5 (ممتاز).',
  'rate.star': '{rating} من 5',
  'page.confirmTitle': 'قيّم طلبك',
  'page.confirm':
    'اخترت {rating} من 5 للطلب {ticketId}. اضغط الزر لإرسال تقييمك.',
  'page.record': 'أرسل تقييمي',
  'page.thanksTitle': 'شكراً لك',
  'page.rated': 'شكراً لك! قيّمت الطلب {ticketId} بـ {rating} من 5.',
  'page.comment': 'هل تود إخبار مكتب المساعدة بشيء آخر؟ (اختياري)',
  'page.send': 'أرسل التعليق',
  'page.commented': 'شكراً لك، وصل تعليقك إلى مكتب المساعدة.',
  'page.refusedTitle': 'هذا الرابط لا يعمل',
  'page.usedTitle': 'تم التقييم من قبل',
  'page.forged':
    'رابط التقييم هذا غير صالح. يُرجى استخدام الرابط الوارد في رسالتك كما أُرسل تماماً.',
  'page.used': 'تم تقييم هذا الطلب من قبل. شكراً لك!',
  'page.stale':
    'هذا الرابط يخص حلاً سابقاً لهذا الطلب. يُرجى استخدام الرابط الوارد في أحدث رسالة.',
  'selfHelp.fixed': 'هذا حلّ المشكلة',
  'selfHelp.browse': 'تصفّح قاعدة المعرفة',
  'fixed.title': 'هل حلّ هذا المشكلة؟',
  'fixed.prompt':
    'إذا حلّت هذه الخطوات مشكلتك، فاضغط الزر: سيُغلق الطلب {ticketId} ولن يحتاج أحد إلى الحضور.',
  'fixed.button': 'نعم، هذا حلّ المشكلة',
  'fixed.doneTitle': 'يسعدنا أن المشكلة حُلّت',
  'fixed.done':
    'شكراً لك! تم حلّ الطلب {ticketId}. إذا عادت المشكلة، فأرسل طلباً جديداً عبر نموذج المساعدة.',
  'fixed.closedTitle': 'تم الحل من قبل',
  'fixed.closed':
    'الطلب {ticketId} محلول من قبل، فلا حاجة إلى فعل شيء آخر. شكراً لك!',
  'fixed.forged':
    'هذا الرابط غير صالح. يُرجى استخدام الرابط الوارد في رسالتك كما أُرسل تماماً.',
  'kb.title': 'قاعدة المعرفة',
  'kb.intro': 'خطوات كتبها فريق {deskName} للمشكلات الشائعة.',
  'kb.search': 'ابحث في المقالات',
  'kb.button': 'بحث',
  'kb.results': 'مقالات عن «{query}»',
  'kb.none':
    'لا توجد مقالة تطابق بحثك. جرّب كلمات أخرى، أو أرسل طلباً عبر نموذج المساعدة.',
  'kb.inEnglish': 'بالإنجليزية',
  'day.Mon': 'يوم الاثنين',
  'day.Tue': 'يوم الثلاثاء',
  'day.Wed': 'يوم الأربعاء',
  'day.Thu': 'يوم الخميس',
  'day.Fri': 'يوم الجمعة',
  'day.Sat': 'يوم السبت',
  'day.Sun': 'يوم الأحد',
  'teacher.emailLink':
    'اطّلع على جميع طلباتك، وردّ على مكتب المساعدة، واختر عدد مرات مراسلتك:',
  'teacher.emailLinkLabel': 'طلباتك',
  'teacher.title': 'طلباتك',
  'teacher.open': 'الطلبات المفتوحة',
  'teacher.recent': 'طلبات حُلّت مؤخراً',
  'teacher.none': 'لا يوجد شيء حالياً.',
  'teacher.onIt': 'من يتولى الطلب',
  'teacher.nobody': 'لا أحد بعد',
  'teacher.nextLabel': 'ما الخطوة التالية',
  'teacher.next.queued': 'سيتولاه الفني المناوب التالي ويراسلك.',
  'teacher.next.working': 'يعمل {assignee} على الطلب وسيخبرك عند حله.',
  'teacher.next.waiting': 'يحتاج {assignee} إلى ردك للمتابعة: اكتبه أدناه.',
  'teacher.next.escalated':
    'يعمل فريق الدعم التقني في المنطقة على الطلب وسيخبرك عند حله.',
  'teacher.next.resolved':
    'لا شيء آخر: إذا عادت المشكلة، أرسل طلباً جديداً مع رقم هذا الطلب.',
  'teacher.selfHelp': 'خطوات المساعدة الذاتية التي اقترحناها',
  'teacher.answerLabel': 'ردك على {assignee}',
  'teacher.answerSend': 'أرسل ردي',
  'teacher.answeredTitle': 'تم إرسال ردك',
  'teacher.answered':
    'شكراً لك. وصل ردك إلى {assignee} وعاد الطلب {ticketId} قيد المعالجة.',
  'teacher.answerEmpty': 'كان ردك فارغاً، لذلك لم يُرسل شيء.',
  'teacher.answerStale':
    'تغيّر الطلب {ticketId} منذ فتحت هذه الصفحة، أو أُرسل ردك من قبل. افتح رابطك مرة أخرى لترى حالته.',
  'teacher.preference': 'كم مرة تريد أن نراسلك؟',
  'teacher.pref.every': 'عند كل خطوة',
  'teacher.pref.resolved': 'فقط عند حل الطلب',
  'teacher.pref.daily': 'ملخص واحد في اليوم',
  'teacher.prefNote':
    'أياً كان اختيارك، سنراسلك عندما نحتاج إلى شيء منك، وستصلك رسالة استلام لكل طلب جديد.',
  'teacher.prefSave': 'احفظ اختياري',
  'teacher.prefSaved': 'تم الحفظ: {choice}.',
  'teacher.forged':
    'هذا الرابط غير صالح. يُرجى استخدام الرابط الوارد في رسالتك كما أُرسل تماماً.',
  'teacher.stale':
    'هذا الرابط قديم جداً. يُرجى استخدام الرابط الوارد في أحدث رسالة من مكتب المساعدة.',
  'summary.subject': 'طلباتك اليوم: تغيّر {count}',
  'summary.heading': 'طلباتك اليوم',
  'summary.intro':
    'اخترت ملخصاً واحداً في اليوم. هذه حالة الطلبات التي تغيّرت اليوم.',
};

/** The shipped texts by language code; every shipped language has every key. */
export const SHIPPED_TEXTS: Readonly<Record<string, Texts>> = {
  en: EN,
  es: ES,
  pl: PL,
  zh: ZH,
  ar: AR,
};
