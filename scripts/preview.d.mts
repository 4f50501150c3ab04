/** Types of `scripts/preview.mjs` for the TypeScript scripts that import it. */
export declare function startPreview(port: number): Promise<() => void>;
