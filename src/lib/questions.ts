/**
 * The question layer's queries (lib/integrity has checked the questions against the rest
 * of the content before any page renders), and the derived values the pages need — the compare link, the links behind each answer and the page's
 * citation numbering.
 */
import { getFindings, getQuestionEntries } from './content';
import type { Citation } from './citations';
import type { Locale } from '../i18n/locales';
import { routes } from './routes';
import { QUESTION_THEMES } from '../schemas/questions';

export type Question = Awaited<ReturnType<typeof getQuestionEntries>>[number];
export type Answer = Question['answers'][string];

/** Every question, in file order (checked against the rest of the content by lib/integrity). */
export const getQuestions = (): Promise<Question[]> => getQuestionEntries();

/** Questions grouped by theme, in the themes' order; empty themes are left out. */
export async function questionsByTheme() {
  const questions = await getQuestions();
  return QUESTION_THEMES.map((theme) => ({ theme, questions: questions.filter((q) => q.theme === theme) })).filter((g) => g.questions.length > 0);
}

/** Questions that have a reported answer for `city` (a city page lists these). */
export async function questionsAbout(city: string): Promise<Question[]> {
  return (await getQuestions()).filter((q) => q.answers[city]?.status === 'reported');
}

/** The compare view showing the question's topics, using the compare page's `?topics=` parameter. */
export const compareHref = (locale: Locale, q: Pick<Question, 'compare'>): string => `${routes(locale).compare()}?topics=${q.compare.join(',')}`;

/** The pages behind one answer: its table rows, findings, cases and datasets. */
export async function answerLinks(locale: Locale, answer: Answer): Promise<Array<{ kind: 'row' | 'finding' | 'case' | 'dataset'; id: string; href: string }>> {
  const findings = await getFindings();
  const r = routes(locale);
  return [
    ...answer.rows.map((id) => ({ kind: 'row' as const, id, href: `${r.responsibilities()}#${id}` })),
    ...answer.findings.map((id) => ({ kind: 'finding' as const, id, href: r.finding(findings.find((f) => f.id === id)!.principle, id) })),
    ...answer.cases.map((id) => ({ kind: 'case' as const, id, href: r.case(id) })),
    ...answer.datasets.map((id) => ({ kind: 'dataset' as const, id, href: r.dataset(id) })),
  ];
}

/** A question's citations in reading order: the answers city by city, then the differences. */
export const questionCitations = (q: Question, cityIds: string[]): Citation[] => [
  ...cityIds.flatMap((c) => q.answers[c]!.citations),
  ...q.differences.citations,
];
