/** Content errors that name the file and the field, so an author can fix them at once. */
export class ContentError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ContentError';
  }
}

/** Several problems at once, sorted by file and then as given, so every build reports them in the same order. */
export class ContentErrors extends Error {
  constructor(problems: ReadonlyArray<{ file: string; problem: string }>) {
    const sorted = [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const lines = sorted.map((p) => `${p.file}: ${p.problem}`);
    super(lines.length === 1 ? lines[0] : `${lines.length} problems in the content:\n${lines.map((l) => `  ${l}`).join('\n')}`);
    this.name = 'ContentError';
  }
}
