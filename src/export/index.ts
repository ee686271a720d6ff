// Export: records validated by the zod contract, written as JSON or JSONL.
export { toExportArticle, exportEntities } from './build.js';
export { exportFromStore, type StoreExportOptions } from './from-store.js';
export { writeExport, type ExportCounts, type ExportFormat, type WriteExportOptions } from './write.js';
export { exportJsonSchema, exportJsonSchemaText, EXPORT_SCHEMA_PATH } from './json-schema.js';
export * from './schema.js';
