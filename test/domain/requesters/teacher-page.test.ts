import {SHIPPED_CATALOGUE} from '../../../src/domain/languages/catalogue';
import {RequesterTicket} from '../../../src/domain/requesters/requester-tickets';
import {
  teacherPage,
  TeacherPageView,
} from '../../../src/domain/requesters/teacher-page';

const look = (language: string) => ({
  catalogue: SHIPPED_CATALOGUE,
  language,
  deskName: 'Desk & "Co"',
  colour: '#1a73e8',
});

const waiting: RequesterTicket = {
  id: 'T-000007',
  summary: '<script>alert("x")</script>',
  open: true,
  standing: {kind: 'waiting', assignee: 'Maya'},
  onIt: 'Maya',
  next: 'teacher.next.waiting',
  waiting: true,
  updatedMs: 1,
  articles: [],
  language: 'en',
  thread: [],
  earlier: 0,
};

const view: TeacherPageView = {
  kind: 'page',
  open: [waiting, {...waiting, id: 'T-000008', waiting: false}],
  recent: [],
  preference: 'daily',
  action: 'https://x.example/exec?a="b"',
  link: {p: 'teacher', q: 'ab', d: '1', s: 'sig'},
  answers: {'T-000007': {f: 'answer', t: 'T-000007', v: '1', a: 'sig2'}},
  notice: {kind: 'saved', preference: 'resolved'},
};

describe('the teacher page', () => {
  it('escapes everything a person typed and the desk configured', () => {
    const {html} = teacherPage(look('en'), view);
    expect(html).not.toContain('<script>');
    expect(html).toContain(
      '<bdi>T-000007</bdi>: <bdi>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</bdi>'
    );
    expect(html).toContain('Desk &amp; &quot;Co&quot;');
    expect(html).toContain('action="https://x.example/exec?a=&quot;b&quot;"');
  });

  it('has an answer box only for the waiting ticket it signed, and the choice checked', () => {
    const {html} = teacherPage(look('en'), view);
    expect(html.match(/<textarea/g)).toHaveLength(1);
    expect(html).toContain('<textarea id="answer-ticket-T-000007"');
    expect(html).toContain('value="daily" checked');
    expect(html).toContain(
      '<p id="message" role="status">Saved: Only when a request is resolved.</p>'
    );
  });

  it('speaks the teacher language, right to left in Arabic', () => {
    const {html, title} = teacherPage(look('ar'), view);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl">/);
    expect(title).toBe('طلباتك');
    expect(html).toContain('تم الحفظ: فقط عند حل الطلب.');
  });

  it('says why a link was refused', () => {
    expect(
      teacherPage(look('es'), {kind: 'refused', reason: 'stale'}).html
    ).toContain('Este enlace es demasiado antiguo.');
  });
});
