export * from "./extraction.js";
export * from "./verdict.js";
export * from "./names.js";
export * from "./text.js";
export * from "./claim-similarity.js";
