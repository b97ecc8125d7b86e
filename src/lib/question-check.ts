/**
 * The question layer's cross-collection rules, as a pure function so a unit test can run it
 * without Astro: every referenced row, finding and dataset exists (and rows and findings
 * belong to the city they answer for), every partner city has an answer and only partner
 * cities do, and every compare topic is one the compare page knows. All problems are
 * reported at once, each naming the file, the entry and the field.
 */

/** The parts of a question the rules look at (ids already resolved to plain strings). */
export interface QuestionRefs {
  id: string;
  compare: string[];
  answers: Record<string, { rows: string[]; findings: string[]; datasets: string[] }>;
}

export interface KnownIds {
  /** Partner city ids, from cities.yaml. */
  partners: string[];
  /** Responsibility row id → its city. */
  rows: Map<string, string>;
  /** Finding id → its city. */
  findings: Map<string, string>;
  datasets: Set<string>;
  compareTopics: readonly string[];
}

export function questionProblems(file: string, questions: QuestionRefs[], known: KnownIds): string[] {
  const problems: string[] = [];
  const say = (q: QuestionRefs, field: string, message: string) => problems.push(`${file}: entry "${q.id}": field "${field}": ${message}`);
  for (const q of questions) {
    q.compare.forEach((topic, i) => {
      if (!known.compareTopics.includes(topic)) say(q, `compare.${i}`, `unknown compare topic "${topic}" (known: ${known.compareTopics.join(', ')})`);
    });
    for (const city of known.partners) {
      if (!(city in q.answers)) say(q, `answers.${city}`, `no answer for partner city "${city}" (write one, or status: not-reported with the section searched)`);
    }
    for (const [city, answer] of Object.entries(q.answers)) {
      if (!known.partners.includes(city)) {
        say(q, `answers.${city}`, `"${city}" is not a partner city`);
        continue;
      }
      const check = (field: 'rows' | 'findings', ids: Map<string, string>, what: string) =>
        answer[field].forEach((id, i) => {
          const owner = ids.get(id);
          if (owner === undefined) say(q, `answers.${city}.${field}.${i}`, `unknown ${what} id "${id}"`);
          else if (owner !== city) say(q, `answers.${city}.${field}.${i}`, `${what} "${id}" is about ${owner}, not ${city}`);
        });
      check('rows', known.rows, 'responsibility row');
      check('findings', known.findings, 'finding');
      answer.datasets.forEach((id, i) => {
        if (!known.datasets.has(id)) say(q, `answers.${city}.datasets.${i}`, `unknown dataset id "${id}"`);
      });
    }
  }
  return problems.sort();
}
