/**
 * Where the content lives. `NLAO_CONTENT_ROOT` points the build at another tree: the
 * bad-content fixtures and the scaling benchmark use it; everyone else gets `content/`.
 */
import path from 'node:path';

export const contentRoot = (): string => process.env.NLAO_CONTENT_ROOT ?? 'content';

/** A path inside the content root, relative to the project root (as error messages show it). */
export const contentPath = (...parts: string[]): string => path.join(contentRoot(), ...parts);

/** A path as the data store wants it: relative to the project root. */
export const storePath = (file: string): string => path.relative(process.cwd(), file).split(path.sep).join('/');
