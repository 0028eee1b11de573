import {
  DailyTicket,
  dailyListOf,
  isEmptyList,
} from '../../../src/domain/notifications/daily-list';
import {
  dailyEmailsFit,
  requesterReserve,
} from '../../../src/domain/notifications/mail-budget';
import {parseTechs} from '../../../src/domain/people/techs';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-11-24T14:30:00Z');
const moments = {
  sinceMs: NOW - 24 * HOUR,
  dayEndMs: NOW + 7 * HOUR,
  signOffsSinceMs: NOW - 14 * 24 * HOUR,
};

const {techs} = parseTechs([
  {
    email: 'maya@students.example.org',
    name: 'Maya Patel',
    tier: 'Senior Mentor',
    skills: 'All',
    campus: 'North',
    mentor: '',
    active: 'yes',
  },
  {
    email: 'liam@students.example.org',
    name: "Liam O'Brien",
    tier: 'Junior Tech',
    skills: 'Printer: learning, Projector or Display',
    campus: 'North',
    mentor: 'maya@students.example.org',
    active: 'yes',
  },
]);
const [maya, liam] = techs;

function ticket(id: string, fields: Partial<DailyTicket> = {}): DailyTicket {
  return {
    id,
    status: 'Assigned',
    priority: 'P3',
    summary: `Problem ${id}`,
    category: 'Projector or Display',
    assignee: "Liam O'Brien",
    createdMs: NOW - HOUR,
    resolveDueMs: NOW + 48 * HOUR,
    resolvedMs: undefined,
    signedOff: false,
    ...fields,
  };
}

const ids = (items: readonly {ticket: DailyTicket}[]) =>
  items.map(i => i.ticket.id);

describe("a tech's daily list", () => {
  const tickets = [
    ticket('T-1'),
    ticket('T-2', {createdMs: NOW - 72 * HOUR, status: 'In Progress'}),
    ticket('T-3', {resolveDueMs: NOW + HOUR}),
    ticket('T-4', {status: 'Waiting on Requester'}),
    ticket('T-5', {status: 'Resolved', resolvedMs: NOW - HOUR}),
    ticket('T-6', {
      status: 'Resolved',
      category: 'Printer',
      resolvedMs: NOW - HOUR,
    }),
    ticket('T-7', {
      status: 'Resolved',
      category: 'Printer',
      resolvedMs: NOW - HOUR,
      signedOff: true,
    }),
    ticket('T-8', {assignee: 'Maya Patel', createdMs: NOW - 72 * HOUR}),
  ];

  it("puts each of the tech's open tickets in one section: due today, new, still open, waiting", () => {
    const list = dailyListOf(liam, tickets, techs, moments);
    expect(ids(list.dueSoon)).toEqual(['T-3']);
    expect(ids(list.fresh)).toEqual(['T-1']);
    expect(ids(list.open)).toEqual(['T-2']);
    expect(ids(list.waiting)).toEqual(['T-4']);
    expect(list.juniors).toEqual([]);
    expect(list.signOffs).toEqual([]);
  });

  it("gives the mentor their juniors' new tickets and the sign-offs a learning skill still owes", () => {
    const list = dailyListOf(maya, tickets, techs, moments);
    expect(ids(list.open)).toEqual(['T-8']);
    expect(ids(list.juniors)).toEqual(['T-1', 'T-3', 'T-4']);
    expect(list.juniors[0].techName).toBe("Liam O'Brien");
    // T-5 is in a skill Liam is certified in; T-7 is signed off already.
    expect(ids(list.signOffs)).toEqual(['T-6']);
  });

  it('is empty for someone with nothing, so no email goes', () => {
    expect(
      isEmptyList(
        dailyListOf(maya, [ticket('T-2', {createdMs: 0})], techs, moments)
      )
    ).toBe(true);
  });
});

describe('the mail quota shared out', () => {
  it('keeps two emails a ticket of the busiest of the last seven days for requesters', () => {
    const created = [
      ...Array.from({length: 30}, () => NOW - 2 * HOUR),
      ...Array.from({length: 38}, () => NOW - 30 * HOUR),
      NOW - 10 * 24 * HOUR,
    ];
    expect(requesterReserve(created, NOW)).toBe(76);
  });

  it('lets the daily emails go only when the quota left covers them and the reserve', () => {
    expect(dailyEmailsFit(100, 12, 76)).toBe(true);
    expect(dailyEmailsFit(80, 12, 76)).toBe(false);
  });
});
