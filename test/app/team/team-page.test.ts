import {
  allCompleted,
  chicago,
  completed,
  exampleDesk,
} from '../../support/peer-desk';
import {tableRows, visibleText} from '../../support/page-text';

const LIAM = 'liam.obrien@students.example.org';

describe('the team page (p=team)', () => {
  it('shows first names, roles, skills, who is on duty now and next, and the help form', () => {
    const ws = exampleDesk(chicago('2026-11-23 09:10'));
    const page = ws.webApp({query: 'p=team'});
    expect(page.status).toBe(200);
    expect(page.title).toBe('Meet the tech team');
    const html = page.content;
    const rows = tableRows(html);
    // North Campus, A day period 2: Ava and Liam; period 3 (09:50): Sofia and Noah.
    expect(rows).toContainEqual([
      'North Campus',
      'Ava, Liam',
      'Today 09:50: Sofia, Noah',
    ]);
    expect(rows).toContainEqual([
      'Liam',
      'Junior Tech Assistant',
      'Projector or Display, Audio or Video, Printer',
    ]);
    expect(rows).toContainEqual(['Maya', 'Senior Mentor', 'Everything']);
    expect(html).toContain(
      `<a href="${ws.intakeForm().getPublishedUrl()}">Fill in the help form</a>`
    );
  });

  it('shows a skill still being learnt with its level, a certified one plainly', () => {
    const ws = exampleDesk(chicago('2026-11-23 09:10'));
    const [headers] = ws.values('Techs');
    const row = ws.table('Techs').findIndex(t => t.Email === LIAM) + 2;
    const a1 = ws
      .sheet('Techs')
      .getRange(row, headers.indexOf('Skills') + 1)
      .getA1Notation();
    allCompleted(ws.edit('Techs', a1, 'Printer: learning, Audio or Video'));
    const html = ws.webApp({query: 'p=team'}).content;
    expect(tableRows(html)).toContainEqual([
      'Liam',
      'Junior Tech Assistant',
      'Printer (learning), Audio or Video',
    ]);
    expect(visibleText(ws.webApp({query: 'p=team&lang=es'}).content)).toContain(
      'Printer (aprendiendo), Audio or Video'
    );
  });

  it('shows no email address and no surname', () => {
    const ws = exampleDesk(chicago('2026-11-23 09:10'));
    const html = ws.webApp({query: 'p=team'}).content;
    const text = html.replace(/<[^>]*>/g, ' ');
    expect(text).not.toContain('@');
    const surnames = ws
      .table('Techs')
      .flatMap(t => String(t['Display Name']).split(/\s+/).slice(1));
    expect(surnames.length).toBeGreaterThan(5);
    for (const surname of surnames) expect(text).not.toContain(surname);
  });

  it('leaves a tech on a break out of who is on duty, and changes nothing itself', () => {
    const ws = exampleDesk(chicago('2026-11-23 09:10'));
    ws.open({as: LIAM}).forEach(completed);
    completed(ws.clickMenu('Peer Desk', 'Take a break', {as: LIAM}));
    const before = ws.values('Leave');
    const html = ws.webApp({query: 'p=team'}).content;
    expect(tableRows(html)[1].slice(0, 2)).toEqual(['North Campus', 'Ava']);
    expect(ws.values('Leave')).toEqual(before);
  });

  it('shows the first name of a Display Name typed "Surname, First"', () => {
    const ws = exampleDesk(chicago('2026-11-23 09:10'));
    const row = ws.table('Techs').findIndex(t => t.Email === LIAM) + 2;
    allCompleted(ws.edit('Techs', `B${row}`, "O'Brien, Liam"));
    const html = ws.webApp({query: 'p=team'}).content;
    expect(tableRows(html)).toContainEqual(
      expect.arrayContaining(['North Campus', 'Ava, Liam'])
    );
    expect(html).not.toContain('O&#39;Brien');
    expect(html).not.toContain("O'Brien");
  });

  it('speaks the chosen language, Arabic right to left, and escapes what the Techs tab holds', () => {
    const ws = exampleDesk(chicago('2026-11-23 09:10'));
    const row = ws.table('Techs').findIndex(t => t.Email === LIAM) + 2;
    allCompleted(ws.edit('Techs', `B${row}`, "<b>Liam</b> O'Brien"));
    const arabic = ws.webApp({query: 'p=team&lang=ar'});
    expect(arabic.content).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.title).toBe('تعرّف على الفريق التقني');
    expect(arabic.content).toContain('&lt;b&gt;Liam&lt;/b&gt;');
    expect(arabic.content).not.toContain('<b>Liam');
    const spanish = ws.webApp({query: 'p=team&lang=es'});
    expect(spanish.content).toContain('<h2>Quién está de turno</h2>');
  });
});
