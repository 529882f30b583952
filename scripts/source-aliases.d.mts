/** Types of source-aliases.mjs, for the TypeScript configs that import it (vite.config.ts files). */
export declare const sourceAliases: { find: RegExp; replacement: string }[];
