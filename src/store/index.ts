// The store's public face. Nothing outside src/store imports better-sqlite3.
export { openStore, Store } from './store.js';
export type { IterateOptions } from './article-queries.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export * from './types.js';
