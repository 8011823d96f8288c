/** Message catalogs: locale files whose strings are the application's emails. See lint-catalog.ts. */
export { lintedMessages, type LintedMessage } from './lint-catalog';
export { lintCatalogFile, isDataFileNotCatalog, isCodeNotCatalog, lintCatalog, parseCatalog, catalogKindOf, LETTER_RULES, CATALOG_SYNTAX } from './lint-catalog';
export { catalogKindFor } from './detect';
export { languageFromPath, localeSlot } from './locale';
export { selectMessages, isMessageLike, groupKey } from './select';
export type { Catalog, CatalogKind, CatalogMessage } from './types';
